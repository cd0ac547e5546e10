package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.analysis.quality.QualityReport;
import io.braingobrrr.analysis.screening.ScreeningResult;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `brrr analyze FILE --type quick|standard|comprehensive`: local analysis, the seed API's types. */
@Command(name = "analyze", description = "Quality control, spectra and abnormality screening of a recording, run locally.")
final class AnalyzeCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE", description = "EDF, EDF+, BDF, BDF+ or GDF file.")
    Path file;

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
        Path input = inputFile(file);
        AnalysisReport r;
        try (SignalSource src = RecordingReader.open(input)) {
            r = new AnalysisRunner(threads, QualityParams.DEFAULT).run(src, t);
        }
        if (json()) printJson(r);
        else write(out(), input, r);
        return Cli.OK;
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
