package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.analysis.quality.QualityReport;
import io.braingobrrr.analysis.screening.ScreeningResult;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.analysis.jobs.Priority;
import io.braingobrrr.app.batch.BatchAnalysis;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `brrr analyze FILE --type quick|standard|comprehensive`: local analysis, the seed API's types. With several
 * inputs (files, `db:ID`, `--recordings`, `--all-unanalysed`) it is a batch through the job queues
 * ({@link BatchAnalysis}): one entry per input, progress on stderr, results of stored recordings stored.
 */
@Command(name = "analyze", description = "Quality control, spectra and abnormality screening of recordings, run locally.")
final class AnalyzeCommand extends SubcommandBase {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "EDF, EDF+, BDF, BDF+ or GDF files, or db:ID for a stored recording.")
    List<String> files = new ArrayList<>();

    @Option(names = "--recordings", split = ",", paramLabel = "db:ID", description = "Stored recordings to analyse (db:1,db:2 or 1,2); results are stored.")
    List<String> recordings = new ArrayList<>();

    @Option(names = "--all-unanalysed", description = "Every stored recording without a completed analysis.")
    boolean allUnanalysed;

    @Option(names = "--priority", paramLabel = "P", description = "normal, expedite or urgent: the batch's place in the job queue (default: normal).")
    String priority = "normal";

    @Option(names = "--type", paramLabel = "TYPE", description = "quick, standard or comprehensive (default: quick).")
    String type = "quick";

    @Option(names = "--threads", paramLabel = "N", description = "Channels analysed in parallel (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    protected int execute() throws Exception {
        AnalysisType t;
        try {
            t = AnalysisType.parse(type);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--type: " + e.getMessage());
        }
        if (threads < 1) throw new BadInputException("--threads must be at least 1, got " + threads);
        Priority p;
        try {
            p = Priority.valueOf(priority.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--priority must be normal, expedite or urgent, not '" + priority + "'");
        }
        boolean single = files.size() == 1 && recordings.isEmpty() && !allUnanalysed && !files.get(0).startsWith("db:");
        if (!single) return batch(t, p);
        Path input = inputFile(Path.of(files.get(0)));
        AnalysisReport r;
        try (SignalSource src = RecordingReader.open(input)) {
            r = new AnalysisRunner(threads, QualityParams.DEFAULT).run(src, t);
        }
        if (json()) printJson(r);
        else write(out(), input, r);
        return Cli.OK;
    }

    private int batch(AnalysisType type, Priority p) throws Exception {
        List<BatchAnalysis.Input> inputs = new ArrayList<>();
        try {
            for (String f : files) inputs.add(BatchAnalysis.Input.parse(f));
            for (String r : recordings) inputs.add(BatchAnalysis.Input.stored(r.replaceFirst("(?i)^db:", ""), r));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        boolean needsDb = allUnanalysed || inputs.stream().anyMatch(i -> i.recordingId() != null);
        Database db = needsDb ? database() : null;
        if (allUnanalysed) BatchAnalysis.unanalysed(db).forEach(id -> inputs.add(new BatchAnalysis.Input(null, id)));
        if (inputs.isEmpty()) {
            if (allUnanalysed) {
                if (json()) printJson(new BatchItem.Document(0, 0, 0, List.of()));
                else out().println("no stored recording without a completed analysis");
                return Cli.OK;
            }
            throw new BadInputException("name a FILE, --recordings db:ID,... or --all-unanalysed");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<BatchAnalysis.Entry> entries = new BatchAnalysis(db, threads).run(Subject.local("cli", "localhost"), inputs, type, p, line -> {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        });
        List<BatchItem> items = entries.stream().map(BatchItem::of).toList();
        long failed = entries.stream().filter(e -> !e.completed()).count();
        if (json()) {
            printJson(new BatchItem.Document(entries.size(), entries.size() - (int) failed, (int) failed, items));
        } else {
            for (BatchAnalysis.Entry e : entries) out().println(BatchItem.line(e));
            out().printf(Locale.ROOT, "%d of %d analyses completed%n", entries.size() - failed, entries.size());
        }
        if (failed == 0) return Cli.OK;
        // Exit 2 when every failure was the user's input (missing or broken file, unknown id), else 1.
        return entries.stream().filter(e -> !e.completed()).allMatch(BatchAnalysis.Entry::badInput) ? Cli.BAD_INPUT : Cli.FAILURE;
    }

    private static void write(PrintWriter o, Path file, AnalysisReport r) {
        QualityReport q = r.quality();
        o.printf(Locale.ROOT, "%s: %s analysis in %.2f s%n", file.getFileName(), r.type(), r.processingTimeS());
        if (q.grade() == null) {
            o.println("quality: not assessed (no EEG/EOG channel in a voltage unit)");
        } else {
            o.printf(Locale.ROOT, "quality: %s, %.1f%% usable, bad channels: %s%n", q.grade().name().toLowerCase(Locale.ROOT),
                    q.usablePercent(), q.badChannels().isEmpty() ? "none" : String.join(", ", q.badChannels()));
            q.channels().stream().filter(QualityReport.ChannelQuality::bad)
                    .forEach(c -> o.printf("  %s: %s%n", c.label(), String.join("; ", c.reasons())));
            StringBuilder shares = new StringBuilder();
            q.artifactShare().forEach((k, v) -> shares.append(String.format(Locale.ROOT, " %s %.1f%%", k, 100 * v)));
            o.println("artifacts:" + shares);
        }
        ScreeningResult s = r.abnormality();
        o.printf(Locale.ROOT, "posterior dominant rhythm: %s; slowing index: %s%n",
                s.pdrHz() == null ? "no clear peak" : String.format(Locale.ROOT, "%.1f Hz", s.pdrHz()),
                s.slowingIndex() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", s.slowingIndex()));
        o.printf(Locale.ROOT, "screening: %s (confidence %.2f), triage %s%n", s.isAbnormal() ? "abnormal findings" : "no abnormal findings",
                s.confidence(), s.triage().name().toLowerCase(Locale.ROOT));
        s.findings().forEach(f -> o.println("  - " + f.text()));
        o.println(s.note());
        r.notes().forEach(n -> o.println("note: " + n));
    }
}
