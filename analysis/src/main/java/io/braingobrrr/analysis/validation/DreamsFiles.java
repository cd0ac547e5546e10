package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.Interval;
import io.braingobrrr.analysis.sleep.SleepStage;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers for the DREAMS databases' text files (Devuyst et al., Univ. Mons): a bracketed header line such
 * as "[C3-A1]" or "[Hypnogram]" followed by one value (signal, hypnogram) or one "onset TAB duration" pair
 * (scorings) per line. LF and CRLF both occur in the wild.
 */
public final class DreamsFiles {
    /** Sample rates of spindle excerpts 1..8 (not in the files: given by the database's documentation). */
    private static final double[] EXCERPT_RATE_HZ = {100, 200, 50, 200, 200, 200, 200, 200};

    private DreamsFiles() {
    }

    /** A single-channel DREAMS signal: the channel named in the header, its rate and the samples in µV. */
    public record Signal(String channel, double rateHz, double[] samples) {
        public double durationSeconds() {
            return samples.length / rateHz;
        }
    }

    public static double spindleExcerptRateHz(int excerpt) {
        if (excerpt < 1 || excerpt > EXCERPT_RATE_HZ.length) {
            throw new IllegalArgumentException("DREAMS spindle excerpts are numbered 1.." + EXCERPT_RATE_HZ.length + ": " + excerpt);
        }
        return EXCERPT_RATE_HZ[excerpt - 1];
    }

    public static Signal readSignal(Path file, double rateHz) throws IOException {
        List<String> lines = body(file, "signal");
        double[] v = new double[lines.size()];
        for (int i = 0; i < v.length; i++) v[i] = number(file, lines.get(i), i + 2);
        if (v.length == 0) throw new DataFormatException(file + ": signal has no samples");
        return new Signal(header(file), rateHz, v);
    }

    /** The raw 5 s codes of a hypnogram file. */
    public static int[] readHypnogramCodes(Path file) throws IOException {
        List<String> lines = body(file, "hypnogram");
        int[] codes = new int[lines.size()];
        for (int i = 0; i < codes.length; i++) {
            double d = number(file, lines.get(i), i + 2);
            if (d != Math.rint(d) || d < -3 || d > 5) {
                throw new DataFormatException(file + " line " + (i + 2) + ": not a hypnogram code (-3..5): " + lines.get(i).trim());
            }
            codes[i] = (int) d;
        }
        if (codes.length == 0) throw new DataFormatException(file + ": hypnogram has no values");
        return codes;
    }

    /**
     * 30 s epochs from 5 s codes: each epoch takes the stage held by most of its six codes (S3 and S4 count as
     * N3); null where movement/unknown codes win or stages tie. A trailing partial epoch is dropped.
     */
    public static List<SleepStage> epochsFrom5sCodes(int[] codes) {
        List<SleepStage> out = new ArrayList<>();
        for (int e = 0; e + 6 <= codes.length; e += 6) {
            int[] count = new int[SleepStage.values().length + 1];   // last slot: unscorable
            for (int i = e; i < e + 6; i++) {
                SleepStage s = SleepStage.fromDreamsCode(codes[i]);
                count[s == null ? count.length - 1 : s.ordinal()]++;
            }
            int best = 0;
            for (int k = 1; k < count.length; k++) if (count[k] > count[best]) best = k;
            boolean tie = false;
            for (int k = 0; k < count.length; k++) if (k != best && count[k] == count[best]) tie = true;
            out.add(tie || best == count.length - 1 ? null : SleepStage.values()[best]);
        }
        return out;
    }

    public static List<SleepStage> readHypnogram30s(Path file) throws IOException {
        return epochsFrom5sCodes(readHypnogramCodes(file));
    }

    /** An expert or automatic scoring: one event per line, onset and duration in seconds. */
    public static List<Interval> readScoring(Path file) throws IOException {
        List<String> lines = body(file, "scoring");
        List<Interval> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).trim().split("\\s+");
            if (f.length != 2) {
                throw new DataFormatException(file + " line " + (i + 2) + ": expected 'onset duration', got: " + lines.get(i).trim());
            }
            double onset = number(file, f[0], i + 2);
            double duration = number(file, f[1], i + 2);
            if (onset < 0 || duration <= 0) {
                throw new DataFormatException(file + " line " + (i + 2) + ": negative onset or non-positive duration: " + lines.get(i).trim());
            }
            out.add(new Interval(onset, duration));
        }
        return out;
    }

    private static String header(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String h = r.readLine();
            return h == null ? "" : h.trim().replaceAll("^\\[|]$", "");
        }
    }

    /** Lines after the "[...]" header, blank lines dropped; fails when the header is missing. */
    private static List<String> body(Path file, String what) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (all.isEmpty() || !all.get(0).trim().startsWith("[") || !all.get(0).trim().endsWith("]")) {
            throw new DataFormatException(file + ": not a DREAMS " + what + " file (first line must be a [header])");
        }
        List<String> out = new ArrayList<>(all.size());
        for (String l : all.subList(1, all.size())) if (!l.isBlank()) out.add(l);
        return out;
    }

    private static double number(Path file, String s, int line) {
        try {
            double d = Double.parseDouble(s.trim());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new DataFormatException(file + " line " + line + ": not a number: " + s.trim());
        }
    }

}
