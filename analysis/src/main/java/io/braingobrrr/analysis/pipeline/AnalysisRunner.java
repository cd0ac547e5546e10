package io.braingobrrr.analysis.pipeline;

import io.braingobrrr.analysis.quality.ChannelFeatures;
import io.braingobrrr.analysis.quality.ChannelScan;
import io.braingobrrr.analysis.quality.QualityControl;
import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.analysis.quality.QualityReport;
import io.braingobrrr.analysis.screening.AbnormalityScreening;
import io.braingobrrr.analysis.screening.ScreeningResult;
import io.braingobrrr.analysis.spectral.SpectralAnalysis;
import io.braingobrrr.analysis.spectral.SpectralSummary;
import io.braingobrrr.core.recording.SignalSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an analysis over a recording: one streaming scan per channel on a pool of threads (the source must
 * allow concurrent reads, as the memory-mapped EDF/BDF/GDF readers do; pass 1 thread otherwise), then
 * quality control, spectra and screening from the scans. Memory: per channel a 64 k-sample block and the
 * per-second features, never a whole channel.
 */
public final class AnalysisRunner {
    /** Progress: fraction 0..1 and the stage being worked on. */
    public interface Progress {
        void update(double fraction, String stage);
    }

    private final int threads;
    private final QualityParams params;

    public AnalysisRunner(int threads, QualityParams params) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, not " + threads);
        this.threads = threads;
        this.params = params;
    }

    public static AnalysisRunner withDefaults() {
        return new AnalysisRunner(Runtime.getRuntime().availableProcessors(), QualityParams.DEFAULT);
    }

    public AnalysisReport run(SignalSource src, AnalysisType type) {
        return run(src, type, (f, s) -> { }, new AtomicBoolean());
    }

    /** @param cancel set to true to stop; the run then throws {@link CancellationException} */
    public AnalysisReport run(SignalSource src, AnalysisType type, Progress progress, AtomicBoolean cancel) {
        long t0 = System.nanoTime();
        int n = src.signals().size();
        progress.update(0, "scanning channels");
        List<ChannelFeatures> features = scanAll(src, progress, cancel);
        progress.update(0.9, "quality control");
        QualityReport quality = new QualityControl(params).evaluate(features, src.durationSeconds());
        progress.update(0.95, "spectra and screening");
        SpectralSummary spectral = SpectralAnalysis.summarize(features, Set.copyOf(quality.badChannels()),
                type == AnalysisType.COMPREHENSIVE);
        ScreeningResult screening = AbnormalityScreening.screen(features, spectral, quality, null);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(quality.provenance().algorithm(), quality.provenance().version());
        versions.put(spectral.provenance().algorithm(), spectral.provenance().version());
        versions.put(screening.provenance().algorithm(), screening.provenance().version());
        List<String> notes = new ArrayList<>();
        SleepSection sleep = null;
        if (type != AnalysisType.QUICK) {
            if (cancel.get()) throw new CancellationException("analysis cancelled");
            progress.update(0.97, "sleep staging");
            sleep = SleepSection.of(src);
            if (sleep == null) notes.add("sleep: no EEG channel to stage from (null)");
            else versions.put(sleep.algorithm().name(), sleep.algorithm().version());
        }
        notes.add("events: spike, seizure and micro-event detection are not part of this build's pipeline yet (null); "
                + "the screening's epileptiform rate is therefore null");
        if (n == 0) notes.add("the recording has no ordinary signals");
        progress.update(1, "done");
        return new AnalysisReport(type.key(), quality, spectral, sleep, null, screening,
                (System.nanoTime() - t0) / 1e9, versions, List.copyOf(notes));
    }

    private List<ChannelFeatures> scanAll(SignalSource src, Progress progress, AtomicBoolean cancel) {
        int n = src.signals().size();
        if (n == 0) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, "brrr-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ChannelFeatures>> futures = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                int signal = s;
                futures.add(pool.submit(() -> {
                    if (cancel.get()) throw new CancellationException("analysis cancelled");
                    ChannelFeatures f = ChannelScan.scan(src, signal);
                    progress.update(0.9 * done.incrementAndGet() / n, "scanning channels");
                    return f;
                }));
            }
            List<ChannelFeatures> out = new ArrayList<>();
            for (Future<ChannelFeatures> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("analysis interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) throw c;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
