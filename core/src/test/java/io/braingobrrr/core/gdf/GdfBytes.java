package io.braingobrrr.core.gdf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds GDF 1 and GDF 2 files byte by byte for tests, from the layout in docs/notes/gdf-format.md (itself
 * checked against the two real files), so that defects can be planted at known offsets.
 */
final class GdfBytes {
    static final class Chan {
        String label;
        String dim = "uV";
        int dimCode = 0;
        double pmin = -100;
        double pmax = 100;
        double dmin = -32768;
        double dmax = 32767;
        int spr = 4;
        long type = 3;
        String prefilter = "";
        float lowpass = 0;
        float highpass = 0;
        float notch = 0;

        Chan(String label) {
            this.label = label;
        }

        Chan type(long gdftyp, double dmin, double dmax) {
            this.type = gdftyp;
            this.dmin = dmin;
            this.dmax = dmax;
            return this;
        }

        Chan spr(int spr) {
            this.spr = spr;
            return this;
        }
    }

    /** One event: position (1-based samples), type, channel (0 = all), duration (samples). */
    record Event(long pos, int type, int channel, long duration) {
    }

    @FunctionalInterface
    interface SampleValue {
        double value(int channel, int record, int index);
    }

    final boolean v1;
    String version;
    String patient = "P1 Test Patient";
    String startText = "2007030212075900";   // GDF 1
    long startDays = 0;                      // GDF 2 fixed point, 0 = not recorded
    int records = 3;
    Long declaredRecords = null;             // null: the real count
    long numerator = 1;
    long denominator = 1;
    Long headerLengthField = null;           // null: the correct value
    final List<Chan> chans = new ArrayList<>();
    SampleValue sample = (c, r, i) -> c * 1000 + r * 100 + i;
    int eventMode = 0;                       // 0: no event table
    double eventRate = 0;
    final List<Event> events = new ArrayList<>();

    GdfBytes(boolean v1) {
        this.v1 = v1;
        this.version = v1 ? "GDF 1.25" : "GDF 2.20";
    }

    GdfBytes chan(Chan c) {
        chans.add(c);
        return this;
    }

    int recordBytes() {
        int n = 0;
        for (Chan c : chans) n += c.spr * width(c.type);
        return n;
    }

    static int width(long type) {
        if (type == 1 || type == 2) return 1;
        if (type == 3 || type == 4) return 2;
        if (type == 5 || type == 6 || type == 16) return 4;
        if (type == 279 || type == 535) return 3;
        return 8;
    }

    byte[] build() {
        int ns = chans.size();
        ByteBuffer b = ByteBuffer.allocate(256 * (ns + 1) + records * recordBytes() + 8 + events.size() * 12 + 16)
                .order(ByteOrder.LITTLE_ENDIAN);
        ascii(b, 0, version, 8);
        ascii(b, 8, patient, v1 ? 80 : 66);
        ascii(b, 88, "recording id", v1 ? 80 : 64);
        if (v1) ascii(b, 168, startText, 16);
        else b.putLong(168, startDays);
        if (v1) b.putLong(184, headerLengthField != null ? headerLengthField : 256L * (ns + 1));
        else b.putShort(184, (short) (headerLengthField != null ? headerLengthField : ns + 1));
        b.putLong(236, declaredRecords != null ? declaredRecords : records);
        b.putInt(244, (int) numerator);
        b.putInt(248, (int) denominator);
        if (v1) b.putInt(252, ns);
        else b.putShort(252, (short) ns);
        b.position(256);
        for (Chan c : chans) put(b, c.label, 16);
        for (Chan c : chans) put(b, "", 80);
        for (Chan c : chans) put(b, c.dim, v1 ? 8 : 6);
        if (!v1) for (Chan c : chans) b.putShort((short) c.dimCode);
        for (Chan c : chans) b.putDouble(c.pmin);
        for (Chan c : chans) b.putDouble(c.pmax);
        for (Chan c : chans) if (v1) b.putLong((long) c.dmin); else b.putDouble(c.dmin);
        for (Chan c : chans) if (v1) b.putLong((long) c.dmax); else b.putDouble(c.dmax);
        for (Chan c : chans) put(b, c.prefilter, v1 ? 80 : 68);
        if (!v1) {
            for (Chan c : chans) b.putFloat(c.lowpass);
            for (Chan c : chans) b.putFloat(c.highpass);
            for (Chan c : chans) b.putFloat(c.notch);
        }
        for (Chan c : chans) b.putInt(c.spr);
        for (Chan c : chans) b.putInt((int) c.type);
        b.position(b.position() + 32 * ns);
        for (int r = 0; r < records; r++) {
            for (int ci = 0; ci < ns; ci++) {
                Chan c = chans.get(ci);
                for (int i = 0; i < c.spr; i++) sample(b, c.type, sample.value(ci, r, i));
            }
        }
        if (eventMode != 0) eventTable(b);
        byte[] out = new byte[b.position()];
        b.get(0, out);
        return out;
    }

    private void eventTable(ByteBuffer b) {
        int n = events.size();
        b.put((byte) eventMode);
        boolean floatRate = !v1;
        int first = floatRate ? n : (int) eventRate;
        b.put((byte) first).put((byte) (first >> 8)).put((byte) (first >> 16));
        if (floatRate) b.putFloat((float) eventRate);
        else b.putInt(n);
        for (Event e : events) b.putInt((int) e.pos());
        for (Event e : events) b.putShort((short) e.type());
        if (eventMode == 3) {
            for (Event e : events) b.putShort((short) e.channel());
            for (Event e : events) b.putInt((int) e.duration());
        }
    }

    private static void sample(ByteBuffer b, long type, double v) {
        switch ((int) type) {
            case 1, 2 -> b.put((byte) (long) v);
            case 3, 4 -> b.putShort((short) (long) v);
            case 5, 6 -> b.putInt((int) (long) v);
            case 7 -> b.putLong((long) v);
            case 8 -> b.putLong(v >= 0x1p63 ? (long) (v - 0x1p63) | Long.MIN_VALUE : (long) v);
            case 16 -> b.putFloat((float) v);
            case 17 -> b.putDouble(v);
            case 279, 535 -> {
                long x = (long) v;
                b.put((byte) x).put((byte) (x >> 8)).put((byte) (x >> 16));
            }
            default -> b.putShort((short) 0);   // an unknown type: its width does not matter, the reader refuses it
        }
    }

    private static void put(ByteBuffer b, String s, int width) {
        byte[] t = s.getBytes(StandardCharsets.UTF_8);
        b.put(t, 0, Math.min(t.length, width));
        b.position(b.position() + width - Math.min(t.length, width));
    }

    private static void ascii(ByteBuffer b, int at, String s, int width) {
        byte[] t = s.getBytes(StandardCharsets.ISO_8859_1);
        b.put(at, t, 0, Math.min(t.length, width));
    }
}
