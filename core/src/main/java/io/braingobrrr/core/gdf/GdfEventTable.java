package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.Annotation;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The event table after the last data record. Its 8-byte head gives the mode, the event count and the
 * sample rate positions count in; then come all positions (uint32), all types (uint16) and, in mode 3,
 * all channels (uint16) and all durations (uint32). A damaged table costs the events, never the signals:
 * every defect here is a warning.
 */
final class GdfEventTable {
    /** From this version on the head holds a 24-bit count and a float32 rate; before it a 24-bit rate and a 32-bit count. */
    private static final double FLOAT_RATE_VERSION = 1.94;
    private static final int HEAD = 8;

    private GdfEventTable() {
    }

    static List<Annotation> read(FileChannel channel, GdfHeader h, List<String> warnings) throws IOException {
        if (h.declaredRecords() == -1) return List.of();
        long at = h.eventTableOffset();
        long remaining = channel.size() - at;
        if (remaining <= 0) return List.of();
        if (remaining < HEAD) {
            warnings.add("event table at byte " + at + " is truncated: " + remaining + " bytes, its head needs " + HEAD + "; no events read");
            return List.of();
        }
        MappedByteBuffer b = channel.map(FileChannel.MapMode.READ_ONLY, at, Math.min(remaining, Integer.MAX_VALUE));
        b.order(ByteOrder.LITTLE_ENDIAN);
        int mode = b.get(0) & 0xFF;
        int uint24 = (b.get(1) & 0xFF) | (b.get(2) & 0xFF) << 8 | (b.get(3) & 0xFF) << 16;
        boolean floatRate = h.versionNumber() >= FLOAT_RATE_VERSION;
        long n = floatRate ? uint24 : b.getInt(4) & 0xFFFF_FFFFL;
        double rate = floatRate ? b.getFloat(4) : uint24;
        if (mode != 1 && mode != 3) {
            warnings.add("event table at byte " + at + " has mode " + mode + " (1 and 3 are defined); its events are ignored");
            return List.of();
        }
        int entry = mode == 1 ? 6 : 12;
        long needed = HEAD + n * entry;
        if (remaining < needed) {
            warnings.add("event table truncated: the table at byte " + at + " declares " + n + " events in mode " + mode
                    + " (" + needed + " bytes) but only " + remaining + " bytes remain; its events are ignored");
            return List.of();
        }
        if (needed > Integer.MAX_VALUE) {
            warnings.add("event table at byte " + at + " declares " + n + " events, beyond what we read; its events are ignored");
            return List.of();
        }
        if (remaining > needed) warnings.add((remaining - needed) + " byte(s) after the event table ignored");
        if (!(rate > 0) || Double.isInfinite(rate)) {
            rate = h.highestSampleRate();   // GDF 1.24 and earlier leave it 0: positions count samples of the data
        }
        return events(b, (int) n, mode == 3, rate, h, warnings);
    }

    private static List<Annotation> events(MappedByteBuffer b, int n, boolean mode3, double rate, GdfHeader h,
                                           List<String> warnings) {
        List<Annotation> list = new ArrayList<>(n);
        int sparse = 0;
        int atZero = 0;
        for (int k = 0; k < n; k++) {
            long pos = b.getInt(HEAD + 4 * k) & 0xFFFF_FFFFL;
            int type = b.getShort(HEAD + 4 * n + 2 * k) & 0xFFFF;
            int chn = mode3 ? b.getShort(HEAD + 6 * n + 2 * k) & 0xFFFF : 0;
            long dur = mode3 ? b.getInt(HEAD + 8 * n + 4 * k) & 0xFFFF_FFFFL : 0;
            if (type == GdfEventCodes.SPARSE_SAMPLE) {
                sparse++;
                continue;
            }
            if (pos == 0) atZero++;
            // Positions count from 1 (BioSig's Matlab heritage): position 1 is the first sample, at 0 s.
            double onset = (pos - 1) / rate;
            double duration = dur > 0 ? dur / rate : Double.NaN;
            list.add(new Annotation(onset, duration, GdfEventCodes.describe(type) + channelSuffix(chn, h)));
        }
        if (sparse > 0) warnings.add(sparse + " sparse-sample entries (type 0x7FFF) in the event table are not read");
        if (atZero > 0) warnings.add(atZero + " event(s) at position 0, though positions count from 1; placed one sample before the start");
        list.sort(Comparator.comparingDouble(Annotation::onsetSeconds));
        return List.copyOf(list);
    }

    private static String channelSuffix(int chn, GdfHeader h) {
        if (chn == 0) return "";   // 0 = all channels
        if (chn <= h.signals().size()) return " (" + h.signals().get(chn - 1).label() + ")";
        return " (channel " + chn + ")";
    }
}
