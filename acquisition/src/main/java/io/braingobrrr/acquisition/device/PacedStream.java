package io.braingobrrr.acquisition.device;

/**
 * A thread that calls {@link Source#fill} every block period, as a real amplifier delivers samples:
 * block k is delivered when its last sample is due, start + (k + 1) x period / speed, so generation time never accumulates into drift.
 * Used by the simulated and playback devices.
 */
public final class PacedStream {
    /** Produces the next block; returns false when there is nothing more (end of a file). */
    public interface Source {
        boolean fill(SampleListener listener, long firstSample, int count);
    }

    private final double rateHz;
    private final int perBlock;
    private final double speed;
    private volatile boolean running;
    private Thread thread;

    public PacedStream(double rateHz, int perBlock, double speed) {
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be > 0, not " + speed);
        this.rateHz = rateHz;
        this.perBlock = perBlock;
        this.speed = speed;
    }

    public synchronized void start(String name, Source source, SampleListener listener) {
        if (running) return;
        running = true;
        thread = new Thread(() -> run(source, listener), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Source source, SampleListener listener) {
        long t0 = System.nanoTime();
        long sample = 0;
        double nanosPerSample = 1e9 / rateHz / speed;
        while (running) {
            // A block leaves when its last sample is due, as from an amplifier that has just acquired it.
            long due = t0 + (long) ((sample + perBlock) * nanosPerSample);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (!running) return;
            if (!source.fill(listener, sample, perBlock)) {
                running = false;
                listener.onEnd();
                return;
            }
            sample += perBlock;
        }
    }

    public void stop() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running;
    }
}
