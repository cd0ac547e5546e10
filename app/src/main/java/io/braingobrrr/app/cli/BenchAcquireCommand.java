package io.braingobrrr.app.cli;

import io.braingobrrr.acquisition.bench.AcquisitionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "acquire", description = {"Record the simulated amplifier in real time into a scratch database and",
        "report stored vs expected samples, CPU, viewer and commit latency (--minutes 60 is the soak)."})
final class BenchAcquireCommand extends SubcommandBase {
    @Mixin
    SimulatedRecordingOptions recording;

    @Override
    protected int execute() throws Exception {
        AcquisitionBenchmark.Result r = recording.onDatabase(common, "brrr-bench-acquire", db ->
                AcquisitionBenchmark.run(db, recording.channels, recording.rate, recording.seconds()));
        if (json()) {
            printJson(r);
        } else {
            out().printf("%d ch x %.0f Hz for %.1f s: %d samples/channel expected by real time, %d delivered, %d stored;"
                            + " dropped %d, gaps %d%n", r.channels(), r.sampleRateHz(), r.seconds(), r.samplesExpected(),
                    r.samplesDelivered(), r.samplesStored(),
                    r.droppedSamples(), r.gaps());
            out().printf("CPU %.1f s (%.1f %% of one core); viewer latency p50 %.2f ms p99 %.2f ms;"
                            + " commit latency p50 %.0f ms p99 %.0f ms; database %d bytes%n", r.cpuSeconds(),
                    r.cpuPercentOfOneCore(), r.viewerLatencyP50Ms(), r.viewerLatencyP99Ms(), r.commitLatencyP50Ms(),
                    r.commitLatencyP99Ms(), r.databaseBytes());
        }
        return Cli.OK;
    }
}
