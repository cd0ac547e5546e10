package io.braingobrrr.core.edf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds EDF/EDF+ files byte by byte for tests, independently of the project's writer, so that
 * defects can be planted at known offsets.
 */
final class EdfBytes {
    record Sig(String label, String dim, String pmin, String pmax, String dmin, String dmax, int spr) {
    }

    String version = "0";
    String reserved = "EDF+C";
    String records = null;           // null: the real count
    String duration = "1";
    String startDate = "24.01.20";
    String startTime = "04.05.56";
    String headerBytesField = null;  // null: the correct value
    final List<Sig> signals = new ArrayList<>();
    /** TAL bytes for the annotation signal per record (null = no annotation signal). */
    final List<byte[]> tals = new ArrayList<>();
    int annotationSpr = 30;
    int recordCount = 3;
    /** Digital value of signal s, record r, sample i. */
    SampleValue sample = (s, r, i) -> s * 1000 + r * 100 + i;

    @FunctionalInterface
    interface SampleValue {
        int applyAsInt(int signal, int record, int index);
    }


    EdfBytes signal(String label, int spr) {
        signals.add(new Sig(label, "uV", "-3276.8", "3276.7", "-32768", "32767", spr));
        return this;
    }

    EdfBytes signal(Sig s) {
        signals.add(s);
        return this;
    }

    byte[] build() {
        boolean annotations = !tals.isEmpty();
        int ns = signals.size() + (annotations ? 1 : 0);
        StringBuilder h = new StringBuilder();
        h.append(pad(version, 8)).append(pad("X X X X", 80)).append(pad("Startdate 24-JAN-2020 X X X", 80))
         .append(pad(startDate, 8)).append(pad(startTime, 8))
         .append(pad(headerBytesField != null ? headerBytesField : String.valueOf(256 * (ns + 1)), 8))
         .append(pad(reserved, 44)).append(pad(records != null ? records : String.valueOf(recordCount), 8))
         .append(pad(duration, 8)).append(pad(String.valueOf(ns), 4));
        List<Sig> all = new ArrayList<>(signals);
        if (annotations) all.add(new Sig("EDF Annotations", "", "-1", "1", "-32768", "32767", annotationSpr));
        for (Sig s : all) h.append(pad(s.label(), 16));
        for (Sig s : all) h.append(pad("", 80));
        for (Sig s : all) h.append(pad(s.dim(), 8));
        for (Sig s : all) h.append(pad(s.pmin(), 8));
        for (Sig s : all) h.append(pad(s.pmax(), 8));
        for (Sig s : all) h.append(pad(s.dmin(), 8));
        for (Sig s : all) h.append(pad(s.dmax(), 8));
        for (Sig s : all) h.append(pad("", 80));
        for (Sig s : all) h.append(pad(String.valueOf(s.spr()), 8));
        for (Sig s : all) h.append(pad("", 32));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        for (int r = 0; r < recordCount; r++) {
            for (int s = 0; s < signals.size(); s++) {
                for (int i = 0; i < signals.get(s).spr(); i++) {
                    int v = sample.applyAsInt(s, r, i);
                    out.write(v & 0xFF);
                    out.write((v >> 8) & 0xFF);
                }
            }
            if (annotations) {
                byte[] t = new byte[annotationSpr * 2];
                byte[] src = tals.get(r);
                System.arraycopy(src, 0, t, 0, Math.min(src.length, t.length));
                out.writeBytes(t);
            }
        }
        return out.toByteArray();
    }

    /** TAL bytes from a readable form: '|' is 0x14, '^' is 0x15, '~' is NUL. */
    static byte[] tal(String s) {
        return s.replace('|', '\u0014').replace('^', '\u0015').replace('~', '\0').getBytes(StandardCharsets.UTF_8);
    }

    private static String pad(String s, int width) {
        if (s.length() > width) return s.substring(0, width);
        return s + " ".repeat(width - s.length());
    }
}
