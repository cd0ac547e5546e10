package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.bench.AcquisitionBenchmark;

import java.util.ArrayList;
import java.util.List;

/** Frames painted and sample-to-screen latencies of the live view (for `brrr bench live` and the status line). */
public final class FrameStats {
    private final List<Double> latenciesMs = new ArrayList<>();
    private final List<Double> drawMs = new ArrayList<>();
    private long frames;
    private long firstFrameNanos = -1;
    private long lastFrameNanos;

    public synchronized void frame(long paintedNanos, long drawNanos, long[] blockLatencyNanos) {
        if (firstFrameNanos < 0) firstFrameNanos = paintedNanos;
        drawMs.add(drawNanos / 1e6);
        lastFrameNanos = paintedNanos;
        frames++;
        for (long l : blockLatencyNanos) latenciesMs.add(l / 1e6);
    }

    public synchronized long frames() {
        return frames;
    }

    /** Frames per second between the first and the last frame. */
    public synchronized double framesPerSecond() {
        if (frames < 2) return 0;
        return (frames - 1) / ((lastFrameNanos - firstFrameNanos) / 1e9);
    }

    /** Forgets everything (the benchmark measures the recording, not the signal check before it). */
    public synchronized void reset() {
        latenciesMs.clear();
        drawMs.clear();
        frames = 0;
        firstFrameNanos = -1;
    }

    /** Milliseconds one frame took to draw (the painting thread's cost per frame). */
    public synchronized double drawPercentileMs(double p) {
        return AcquisitionBenchmark.percentile(new ArrayList<>(drawMs), p);
    }

    public synchronized int blocks() {
        return latenciesMs.size();
    }

    /** Milliseconds from a block's arrival from the device to the end of the frame that painted it. */
    public synchronized double latencyPercentileMs(double p) {
        return AcquisitionBenchmark.percentile(new ArrayList<>(latenciesMs), p);
    }
}
