package io.braingobrrr.acquisition.bench;

import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.acquisition.session.RecordingSession;
import io.braingobrrr.acquisition.session.SessionOptions;
import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.acquisition.simulated.SimulatedAmplifier;
import io.braingobrrr.core.store.Database;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records the simulated amplifier in real time into a database and measures: samples real time called for
 * (from the first block to stop), samples the device delivered and samples stored (delivered - stored is the
 * last partial record, less than 0.1 s), process CPU, how late blocks reach a live viewer against the
 * real-time schedule, and how long samples wait in memory before their commit.
 * `brrr bench acquire --minutes 60` is the 1-hour soak.
 */
public final class AcquisitionBenchmark {
    public record Result(int channels, double sampleRateHz, double seconds, long samplesStored, long samplesDelivered,
                         long samplesExpected,
                         long droppedSamples, int gaps, double cpuSeconds, double cpuPercentOfOneCore,
                         double viewerLatencyP50Ms, double viewerLatencyP99Ms, double commitLatencyP50Ms,
                         double commitLatencyP99Ms, long databaseBytes, String alarm) {
    }

    private AcquisitionBenchmark() {
    }

    public static Result run(Database db, int channels, double rateHz, double seconds) throws Exception {
        SimulatedAmplifier amp = new SimulatedAmplifier(channels, rateHz, 42, 1.0);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<Double> viewer = Collections.synchronizedList(new ArrayList<>());
        RecordingSession session = RecordingSession.start(db, amp, SessionOptions.defaults());
        long[] first = {-1, 0};     // arrival of the first block, its end sample
        long[] delivered = {0};
        session.addViewer(new SampleListener() {
            @Override
            public void onBlock(SampleBlock b) {
                long now = System.nanoTime();
                if (first[0] < 0) {
                    first[0] = now;
                    first[1] = b.endSample();
                }
                // lateness against the real-time schedule the first block set
                long due = first[0] + (long) ((b.endSample() - first[1]) / rateHz * 1e9);
                viewer.add((now - due) / 1e6);
                delivered[0] += b.count();
            }

            @Override
            public void onDisconnected(String reason) {
            }
        });
        long end = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end && !session.hasEnded()) Thread.sleep(100);
        List<Double> commits = session.commitLatenciesMs();
        long stopNanos = System.nanoTime();
        SessionSummary s = session.stop();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        // samples real time called for between the first block and the last one delivered
        long expected = first[0] < 0 ? 0 : first[1] + (long) Math.floor((stopNanos - first[0]) / 1e9 * rateHz);
        long bytes = java.nio.file.Files.size(db.file());
        return new Result(channels, rateHz, elapsed, s.samples(), delivered[0], expected, s.droppedSamples(), s.gaps().size(), cpu,
                100 * cpu / elapsed, percentile(viewer, 50), percentile(viewer, 99), percentile(commits, 50),
                percentile(commits, 99), bytes, s.alarm());
    }

    /** The p-th percentile (nearest rank) of {@code values}; NaN when there are none. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
