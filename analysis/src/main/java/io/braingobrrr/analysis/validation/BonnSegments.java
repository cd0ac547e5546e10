package io.braingobrrr.analysis.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Bonn/UPF epilepsy segments (Andrzejak et al. 2001): one integer sample per line, 4097 samples at
 * 173.61 Hz (23.6 s), single channel; sets Z and O healthy surface EEG, N and F interictal intracranial,
 * S ictal. The set is the file name's first letter.
 */
public final class BonnSegments {
    public static final double RATE_HZ = 173.61;

    private BonnSegments() {
    }

    public record Segment(String name, char set, double[] samples) {
        public boolean ictal() {
            return set == 'S';
        }

        /** The number in the file name (Z001 → 1). */
        public int number() {
            return Integer.parseInt(name.substring(1));
        }
    }

    public static Segment read(Path file) throws IOException {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        String name = (dot < 0 ? base : base.substring(0, dot)).toUpperCase(Locale.ROOT);
        if (!name.matches("[ZONFS][0-9]{3}")) {
            throw new DataFormatException(file + ": not a Bonn segment name (Z/O/N/F/S followed by 3 digits)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        double[] v = new double[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (l.isEmpty()) continue;
            try {
                v[n++] = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                throw new DataFormatException(file + " line " + (i + 1) + ": not an integer sample: " + l);
            }
        }
        if (n < 100) throw new DataFormatException(file + ": only " + n + " samples (a Bonn segment has 4097)");
        return new Segment(name, name.charAt(0), java.util.Arrays.copyOf(v, n));
    }

    /** Every segment under a folder (recursively), sorted by name. */
    public static List<Segment> readAll(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toUpperCase(Locale.ROOT).matches("[ZONFS][0-9]{3}\\.TXT"))
                    .sorted().toList();
        }
        List<Segment> out = new ArrayList<>();
        for (Path p : files) out.add(read(p));
        out.sort(java.util.Comparator.comparing(Segment::name));
        return out;
    }
}
