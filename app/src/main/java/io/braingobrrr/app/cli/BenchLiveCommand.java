package io.braingobrrr.app.cli;

import io.braingobrrr.app.recording.LiveViewBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "live", description = {"Record the simulated amplifier through the live recording view (offscreen, the real",
        "view model, sweep and renderer) and report frames/s and sample-to-screen latency p50/p99."})
final class BenchLiveCommand extends SubcommandBase {
    @Mixin
    SimulatedRecordingOptions recording;

    @Option(names = "--width", paramLabel = "PX", description = "Trace image width (default 1920).")
    int width = 1920;

    @Option(names = "--height", paramLabel = "PX", description = "Trace image height (default 1080).")
    int height = 1080;

    @Option(names = "--fps", paramLabel = "F", description = "Frames asked for per second, as a screen's refresh (default 60).")
    double fps = 60;

    @Override
    protected int execute() throws Exception {
        if (width < 300 || height < 120) throw new BadInputException("--width/--height must be at least 300 x 120 pixels");
        LiveViewBenchmark.Result r = recording.onDatabase(common, "brrr-bench-live", db ->
                LiveViewBenchmark.run(db, recording.channels, recording.rate, recording.seconds(), width, height, fps));
        if (json()) {
            printJson(r);
        } else {
            out().printf("%d ch x %.0f Hz, %d x %d px, %.1f s: %.1f frames/s (%d frames, %d blocks);"
                            + " sample-to-screen latency p50 %.1f ms p99 %.1f ms; frame drawing p50 %.1f ms p99 %.1f ms%n",
                    r.channels(), r.sampleRateHz(), r.width(), r.height(), r.seconds(), r.framesPerSecond(), r.frames(),
                    r.blocks(), r.latencyP50Ms(), r.latencyP99Ms(), r.drawP50Ms(), r.drawP99Ms());
            out().printf("stored %d samples/channel, dropped %d, gaps %d; CPU %.1f %% of one core%s%n", r.samples(),
                    r.droppedSamples(), r.gaps(), r.cpuPercentOfOneCore(), r.alarm() == null ? "" : "; ALARM " + r.alarm());
        }
        return Cli.OK;
    }
}
