package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.session.DeviceChoice;
import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.core.store.Database;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * `brrr bench live`: the live recording view model, offscreen. A simulated amplifier records into a scratch
 * database through the same {@link RecordingViewModel} (state machine, workflow, session, sweep, renderer) as the
 * tab; one thread stands in for the FX thread and calls {@link RecordingViewModel#tick} at the screen's frame
 * rate. What it leaves out is the JavaFX part of a frame: copying the pixels into the scene's WritableImage and
 * the pulse that puts them on screen (about one more frame period at most).
 */
public final class LiveViewBenchmark {
    public record Result(int channels, double sampleRateHz, int width, int height, double seconds, double framesPerSecond,
                         long frames, int blocks, double latencyP50Ms, double latencyP99Ms, double drawP50Ms,
                         double drawP99Ms, long samples, long droppedSamples, int gaps, double cpuPercentOfOneCore,
                         String alarm) {
    }

    private LiveViewBenchmark() {
    }

    public static Result run(Database db, int channels, double rateHz, double seconds, int width, int height, double fps)
            throws Exception {
        if (!(fps > 0) || fps > 240) throw new IllegalArgumentException("frame rate must be in (0, 240] per second, not " + fps);
        ExecutorService background = Executors.newSingleThreadExecutor(daemon("bench-live-background"));
        ExecutorService ui = Executors.newSingleThreadExecutor(daemon("bench-live-ui"));
        ScheduledExecutorService pulses = Executors.newSingleThreadScheduledExecutor(daemon("bench-live-pulse"));
        try {
            RecordingViewModel vm = new RecordingViewModel(db, background, ui);
            call(ui, () -> {
                vm.newMrnProperty().set("BENCH-LIVE");
                vm.deviceProperty().set(DeviceChoice.SIMULATED);
                vm.channelsProperty().set(channels);
                vm.rateProperty().set(rateHz);
                vm.resize(width, height);
                vm.check();
            });
            awaitState(ui, vm, RecordingState.CHECK);
            // Like JavaFX pulses: one frame per screen period, skipped while the previous one is still being drawn
            // (a fixed-rate schedule would instead queue late frames ahead of all other work).
            long period = Math.round(1e9 / fps);
            java.util.concurrent.atomic.AtomicBoolean drawing = new java.util.concurrent.atomic.AtomicBoolean();
            pulses.scheduleAtFixedRate(() -> {
                if (drawing.compareAndSet(false, true)) {
                    ui.execute(() -> {
                        try {
                            vm.tick(System.nanoTime());
                        } finally {
                            drawing.set(false);
                        }
                    });
                }
            }, 0, period, TimeUnit.NANOSECONDS);
            call(ui, vm::startRecording);
            awaitState(ui, vm, RecordingState.RECORDING);
            call(ui, () -> vm.stats().reset());
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            call(ui, vm::stop);
            awaitState(ui, vm, RecordingState.STOPPED);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            FrameStats f = vm.stats();
            SessionSummary s = vm.summary();
            return new Result(channels, rateHz, width, height, elapsed, f.framesPerSecond(), f.frames(), f.blocks(),
                    f.latencyPercentileMs(50), f.latencyPercentileMs(99), f.drawPercentileMs(50), f.drawPercentileMs(99),
                    s.samples(), s.droppedSamples(), s.gaps().size(), 100 * cpu / elapsed, s.alarm());
        } finally {
            pulses.shutdownNow();
            ui.shutdownNow();
            background.shutdownNow();
        }
    }

    private static void call(ExecutorService ui, Runnable r) throws Exception {
        ui.submit(r).get(30, TimeUnit.SECONDS);
    }

    private static void awaitState(ExecutorService ui, RecordingViewModel vm, RecordingState wanted) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        BooleanSupplier reached = () -> {
            try {
                return ui.submit(() -> vm.stateProperty().get() == wanted).get();
            } catch (Exception e) {
                return false;
            }
        };
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the live view did not reach " + wanted + ": " + vm.messageProperty().get());
            }
            Thread.sleep(20);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
