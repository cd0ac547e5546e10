package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.Annotation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The "EDF Annotations" signal of an EDF+/BDF+ file: every data record starts with its time-keeping TAL
 * ("+onset\x14\x14\0", the record's start in seconds after the header's start second), followed by the
 * annotations laid out over the records.
 *
 * <p>The signal has one fixed size in every record, so the layout decides the file's overhead: each
 * annotation goes into the record its onset falls in (or the next one with room), which keeps annotations
 * near their data for streaming readers. Only when that needs more than twice the space of packing them
 * tightly (many annotations bunched in time) are they packed tightly in onset order instead.
 */
final class EdfAnnotationWriter {
    static final byte TAL_SEPARATOR = 0x14;
    static final byte DURATION_MARK = 0x15;

    private final int records;
    private final IntToDoubleFunction recordOnset;
    private final int bytesPerSample;
    private final List<byte[]> tals = new ArrayList<>();
    /** Annotations of record r are tals[firstTal[r] .. firstTal[r+1]). */
    private final int[] firstTal;
    private final int bytesPerRecord;

    /**
     * @param recordOnset onset of record r in seconds after the header start second (sub-second start included)
     * @param timeShift   seconds added to annotation onsets to make them relative to the header start second
     */
    EdfAnnotationWriter(List<Annotation> annotations, int records, IntToDoubleFunction recordOnset, double timeShift,
                        int bytesPerSample, List<String> warnings) {
        this.records = records;
        this.recordOnset = recordOnset;
        this.bytesPerSample = bytesPerSample;
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(Comparator.comparingDouble(Annotation::onsetSeconds));
        int negative = 0;
        double[] onsets = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Annotation a = sorted.get(i);
            onsets[i] = a.onsetSeconds() + timeShift;
            boolean writeDuration = a.hasDuration() && a.durationSeconds() >= 0;
            if (a.hasDuration() && !writeDuration) negative++;
            tals.add(annotationTal(onsets[i], writeDuration ? a.durationSeconds() : Double.NaN, a.text()));
        }
        if (negative > 0) {
            warnings.add(negative + " annotation(s) had a negative duration, which EDF+ cannot store: written without duration");
        }
        int[] keepingLength = new int[records];
        int longestKeeping = 0;
        for (int r = 0; r < records; r++) {
            keepingLength[r] = keepingTalLength(recordOnset.applyAsDouble(r));
            longestKeeping = Math.max(longestKeeping, keepingLength[r]);
        }
        if (records == 0) {
            if (!tals.isEmpty()) warnings.add(tals.size() + " annotation(s) not written: the recording has no data records");
            this.firstTal = new int[] {0};
            this.bytesPerRecord = roundUp(16);
            return;
        }
        int[] preferred = preferredRecords(onsets);
        int tight = smallestCapacity(keepingLength, longestKeeping, null);
        int local = smallestCapacity(keepingLength, longestKeeping, preferred);
        int[] chosen = local <= 2 * tight ? preferred : null;
        int capacity = roundUp(chosen == null ? tight : local);
        this.firstTal = new int[records + 1];
        if (!layout(keepingLength, capacity, chosen, firstTal)) throw new IllegalStateException("annotation layout");
        this.bytesPerRecord = capacity;
    }

    /** Bytes of the annotation signal in each record (a whole number of samples). */
    int bytesPerRecord() {
        return bytesPerRecord;
    }

    int samplesPerRecord() {
        return bytesPerRecord / bytesPerSample;
    }

    /** Puts record {@code record}'s annotation signal (exactly {@link #bytesPerRecord()} bytes, zero-padded). */
    void encodeRecord(int record, ByteBuffer dst) {
        int start = dst.position();
        dst.put(keepingTal(recordOnset.applyAsDouble(record)));
        for (int i = firstTal[record]; i < firstTal[record + 1]; i++) dst.put(tals.get(i));
        while (dst.position() < start + bytesPerRecord) dst.put((byte) 0);
    }

    /** "+onset\x14\x14\0": the empty annotation whose onset keeps the record's time. */
    static byte[] keepingTal(double onset) {
        byte[] o = onset(onset).getBytes(StandardCharsets.US_ASCII);
        byte[] tal = new byte[o.length + 3];
        System.arraycopy(o, 0, tal, 0, o.length);
        tal[o.length] = TAL_SEPARATOR;
        tal[o.length + 1] = TAL_SEPARATOR;
        return tal;
    }

    private static int keepingTalLength(double onset) {
        return onset(onset).length() + 3;
    }

    /** "+onset[\x15duration]\x14text\x14\0"; the duration mark only when there is a duration. */
    static byte[] annotationTal(double onset, double duration, String text) {
        StringBuilder head = new StringBuilder(onset(onset));
        if (!Double.isNaN(duration)) head.append((char) DURATION_MARK).append(decimal(duration));
        head.append((char) TAL_SEPARATOR);
        byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] t = talText(text).getBytes(StandardCharsets.UTF_8);
        byte[] tal = new byte[h.length + t.length + 2];
        System.arraycopy(h, 0, tal, 0, h.length);
        System.arraycopy(t, 0, tal, h.length, t.length);
        tal[h.length + t.length] = TAL_SEPARATOR;
        return tal;
    }

    /** Bytes 0, 20 and 21 delimit TALs, so they cannot appear in a text; other controls except TAB, LF, CR are not allowed. */
    private static String talText(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c < 32 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
        }
        return sb.toString();
    }

    /** TAL onset: sign mandatory, decimal point only when needed, nanosecond resolution (float noise dropped). */
    static String onset(double seconds) {
        String d = decimal(Math.abs(seconds));
        return (seconds < 0 && !d.equals("0") ? "-" : "+") + d;
    }

    private static String decimal(double nonNegative) {
        BigDecimal b = BigDecimal.valueOf(Math.abs(nonNegative)).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return b.signum() == 0 ? "0" : b.toPlainString();
    }

    /** For each annotation, the last record starting at or before its onset (the first record for earlier onsets). */
    private int[] preferredRecords(double[] onsets) {
        int[] pref = new int[onsets.length];
        int r = 0;
        for (int i = 0; i < onsets.length; i++) {   // onsets are sorted, so one forward sweep suffices
            while (r + 1 < records && recordOnset.applyAsDouble(r + 1) <= onsets[i] + 1e-9) r++;
            pref[i] = r;
        }
        return pref;
    }

    /** Smallest per-record capacity for which {@link #layout} fits every annotation (binary search; layout is monotone). */
    private int smallestCapacity(int[] keepingLength, int longestKeeping, int[] preferred) {
        int total = 0;
        for (byte[] t : tals) total += t.length;
        int lo = longestKeeping;
        int hi = longestKeeping + total;
        int[] scratch = new int[records + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (layout(keepingLength, mid, preferred, scratch)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /**
     * Fills records in order, annotations in onset order; with {@code preferred}, an annotation never goes
     * into a record before its own. Returns false when annotations are left over after the last record.
     */
    private boolean layout(int[] keepingLength, int capacity, int[] preferred, int[] first) {
        int i = 0;
        for (int r = 0; r < records; r++) {
            first[r] = i;
            int free = capacity - keepingLength[r];
            while (i < tals.size() && tals.get(i).length <= free && (preferred == null || preferred[i] <= r)) {
                free -= tals.get(i).length;
                i++;
            }
        }
        first[records] = i;
        return i == tals.size();
    }

    private int roundUp(int bytes) {
        return (bytes + bytesPerSample - 1) / bytesPerSample * bytesPerSample;
    }
}
