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
        EventsSection events = null;
        if (type == AnalysisType.COMPREHENSIVE) {
            if (cancel.get()) throw new CancellationException("analysis cancelled");
            progress.update(0.96, "event detection");
            events = EventsSection.of(src, quality, threads, cancel);
        }
        ScreeningResult screening = AbnormalityScreening.screen(features, spectral, quality,
                events == null ? null : events.epileptiform(src.durationSeconds()));
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(quality.provenance().algorithm(), quality.provenance().version());
        versions.put(spectral.provenance().algorithm(), spectral.provenance().version());
        versions.put(screening.provenance().algorithm(), screening.provenance().version());
        List<String> notes = new ArrayList<>();
        SleepSection sleep = null;
        if (type != AnalysisType.QUICK) {
            if (cancel.get()) throw new CancellationException("analysis cancelled");
            progress.update(0.97, "sleep staging");
            sleep = SleepSection.of(src, notes);
            if (sleep != null) versions.put(sleep.algorithm().name(), sleep.algorithm().version());
        }
        if (events != null) {
            events.algorithms().forEach(a -> versions.put(a.name(), a.version()));
        } else {
            notes.add("events: run by the comprehensive type only (null); the screening's epileptiform rate is therefore null");
        }
        if (n == 0) notes.add("the recording has no ordinary signals");
        progress.update(1, "done");
        return new AnalysisReport(type.key(), quality, spectral, sleep, events, screening,
                (System.nanoTime() - t0) / 1e9, versions, List.copyOf(notes));
    }

    private List<ChannelFeatures> scanAll(SignalSource src, Progress progress, AtomicBoolean cancel) {
        int n = src.signals().size();
        AtomicInteger done = new AtomicInteger();
        List<Integer> signals = java.util.stream.IntStream.range(0, n).boxed().toList();
        return Parallel.map(signals, threads, signal -> {
            if (cancel.get()) throw new CancellationException("analysis cancelled");
            ChannelFeatures f = ChannelScan.scan(src, signal);
            progress.update(0.9 * done.incrementAndGet() / n, "scanning channels");
            return f;
        });
    }
}
