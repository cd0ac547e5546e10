package io.braingobrrr.app.cli;

import io.braingobrrr.sync.bench.OutboxBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** `brrr bench outbox --events N`: N queued events drained to a signed-webhook receiver on 127.0.0.1. */
@Command(name = "outbox", description = "Queue N events, drain them to a local webhook receiver; report events/s and peak heap.")
final class BenchOutboxCommand extends SubcommandBase {
    @Option(names = "--events", paramLabel = "N", description = "Events to queue and deliver (default: 10000).")
    int events = 10_000;

    record Document(int events, double seconds, double eventsPerS, double peakHeapMb, long distinctReceived, long received) {
    }

    @Override
    protected int execute() throws Exception {
        if (events < 1) throw new BadInputException("--events must be at least 1, got " + events);
        OutboxBenchmark.Result r = OutboxBenchmark.run(events, Path.of(System.getProperty("java.io.tmpdir")));
        if (json()) {
            printJson(new Document(r.events(), r.seconds(), r.eventsPerS(), r.peakHeapMb(), r.distinctReceived(), r.received()));
        } else {
            out().printf("%d events delivered in %.2f s = %.0f events/s; peak heap %.1f MB; receiver saw %d distinct ids"
                    + " in %d requests%n", r.events(), r.seconds(), r.eventsPerS(), r.peakHeapMb(), r.distinctReceived(), r.received());
        }
        return r.distinctReceived() == r.events() ? Cli.OK : Cli.FAILURE;
    }
}
