package io.braingobrrr.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.braingobrrr.app.report.Numbers;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Physical sample values as CSV: a time column (seconds from the start, gaps respected) then one
 * column per signal. All chosen signals must share one sample rate so every row is one instant;
 * signals of other rates are refused with a message listing the rates (dump them separately).
 */
@Command(name = "dump", description = {"Physical sample values as CSV: time_s, then one column per signal.",
        "All chosen signals must have the same sample rate; dump signals of other rates separately."})
final class DumpCommand extends SubcommandBase {
    private static final int BLOCK = 8192;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--signals", split = ",", paramLabel = "A,B",
            description = "Signal labels (default: all signals, if they share one rate).")
    List<String> signals;

    @Option(names = "--from", paramLabel = "S", description = "Start, seconds from the recording start (default 0).")
    double from;

    @Option(names = "--to", paramLabel = "S", description = "End (exclusive), seconds (default: end of recording).")
    Double to;

    @Override
    protected int execute() throws Exception {
        if (!(from >= 0) || Double.isInfinite(from)) throw new BadInputException("--from must be a number >= 0, got " + from);
        if (to != null && !(to > from)) throw new BadInputException("--to (" + to + ") must be greater than --from (" + from + ")");
        try (SignalSource recording = RecordingReader.open(inputFile(file))) {
            int[] chosen = choose(recording);
            long first = recording.sampleAtOrAfter(chosen[0], from);
            long end = to == null ? recording.sampleCount(chosen[0]) : recording.sampleAtOrAfter(chosen[0], to);
            end = Math.max(first, end);
            if (json()) writeJson(recording, chosen, first, end);
            else writeCsv(recording, chosen, first, end);
        }
        return Cli.OK;
    }

    private int[] choose(SignalSource source) throws BadInputException {
        List<SignalInfo> all = source.signals();
        if (all.isEmpty()) throw new BadInputException(file + " has no signals to dump");
        int[] chosen;
        if (signals == null || signals.isEmpty()) {
            chosen = new int[all.size()];
            for (int i = 0; i < chosen.length; i++) chosen[i] = i;
        } else {
            chosen = new int[signals.size()];
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = source.indexOf(signals.get(i));
                if (chosen[i] < 0) {
                    throw new BadInputException("no signal '" + signals.get(i).trim() + "' in " + file.getFileName()
                            + " (signals: " + all.stream().map(SignalInfo::label).collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        int spr = all.get(chosen[0]).samplesPerRecord();
        for (int c : chosen) {
            if (all.get(c).samplesPerRecord() != spr) {
                List<String> rates = new ArrayList<>();
                for (int d : chosen) rates.add(all.get(d).label() + " " + Numbers.plain(all.get(d).sampleRateHz()) + " Hz");
                throw new BadInputException("signals have different sample rates (" + String.join(", ", rates)
                        + "); choose signals of one rate with --signals");
            }
        }
        return chosen;
    }

    private void writeCsv(SignalSource source, int[] chosen, long first, long end) throws IOException {
        PrintWriter out = out();
        StringBuilder line = new StringBuilder("time_s");
        for (int c : chosen) line.append(',').append(csvField(source.signals().get(c).label()));
        out.println(line);
        readRows(source, chosen, first, end, (time, values, i) -> {
            line.setLength(0);
            line.append(time);
            for (double[] v : values) line.append(',').append(v[i]);
            out.println(line);
        });
    }

    /** {"signals": [...], "sample_rate_hz": r, "columns": ["time_s", ...], "rows": [[t, a, b], ...]}, streamed. */
    private void writeJson(SignalSource source, int[] chosen, long first, long end) throws IOException {
        try (JsonGenerator g = Json.generator(out())) {
            g.writeStartObject();
            g.writeArrayFieldStart("signals");
            for (int c : chosen) g.writeString(source.signals().get(c).label());
            g.writeEndArray();
            g.writeNumberField("sample_rate_hz", source.signals().get(chosen[0]).sampleRateHz());
            g.writeArrayFieldStart("columns");
            g.writeString("time_s");
            for (int c : chosen) g.writeString(source.signals().get(c).label());
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            readRows(source, chosen, first, end, (time, values, i) -> {
                g.writeStartArray();
                g.writeNumber(time);
                for (double[] v : values) g.writeNumber(v[i]);
                g.writeEndArray();
            });
            g.writeEndArray();
            g.writeEndObject();
        }
        out().println();
    }

    private interface RowSink {
        void row(String timeSeconds, double[][] values, int index) throws IOException;
    }

    /**
     * Reads the chosen signals block by block and hands each instant (row) to the sink. Stops early when
     * stdout is gone (`brrr dump ... | head`), instead of decoding the rest of an 8 h file for nobody.
     */
    private void readRows(SignalSource source, int[] chosen, long first, long end, RowSink sink) throws IOException {
        double[][] block = new double[chosen.length][BLOCK];
        for (long s = first; s < end && !out().checkError(); s += BLOCK) {
            int n = (int) Math.min(BLOCK, end - s);
            for (int k = 0; k < chosen.length; k++) source.readPhysical(chosen[k], s, block[k], 0, n);
            for (int i = 0; i < n; i++) sink.row(Numbers.seconds(source.timeOfSample(chosen[0], s + i)), block, i);
        }
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
