package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.recording.RecordingInfo;
import io.braingobrrr.core.recording.SignalInfo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Opens EDF, EDF+C, EDF+D, BDF, BDF+C and BDF+D files for random access. */
public final class EdfReader {
    /** At most this many warnings of one kind per file; a damaged 8 h file must not print 30 000 lines. */
    private static final int MAX_RECORD_WARNINGS = 5;

    private EdfReader() {
    }

    /**
     * Opens a file. Header defects that can be read around become {@link EdfRecording#warnings()};
     * anything else throws {@link InvalidRecordingException} naming file, field and byte offset.
     */
    public static EdfRecording open(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "no such file");
        if (Files.isDirectory(file)) throw new InvalidRecordingException(file, null, -1, "is a directory, not a recording");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int headLen = (int) Math.min(size, EdfHeaderParser.FIXED + 256L * EdfHeaderParser.MAX_SIGNALS);
            ByteBuffer head = ByteBuffer.allocate(headLen);
            while (head.hasRemaining() && ch.read(head) >= 0) {
                // read the whole header region
            }
            List<String> warnings = new ArrayList<>();
            EdfHeader h = new EdfHeaderParser(file, head, size, warnings).parse();
            MappedData data = new MappedData(ch, h.headerBytes(), (int) h.recordBytes(), h.recordCount());
            return assemble(file, h, data, warnings);
        }
    }

    private static EdfRecording assemble(Path file, EdfHeader h, MappedData data, List<String> warnings) {
        int bps = h.bytesPerSample();
        List<SignalInfo> signals = new ArrayList<>();
        List<Integer> headerIndex = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<int[]> annotationSpans = new ArrayList<>();   // {offset, length} in a record
        int offset = 0;
        for (int i = 0; i < h.signals().size(); i++) {
            EdfSignalHeader s = h.signals().get(i);
            int len = s.samplesPerRecord() * bps;
            if (s.isAnnotation()) {
                annotationSpans.add(new int[] {offset, len});
            } else {
                double rate = h.recordDurationSeconds() > 0 ? s.samplesPerRecord() / h.recordDurationSeconds() : 0;
                signals.add(SignalInfo.of(s.label(), s.transducer(), s.physicalDimension(), s.physicalMin(),
                        s.physicalMax(), s.digitalMin(), s.digitalMax(), s.prefilter(), s.samplesPerRecord(), rate));
                headerIndex.add(i);
                offsets.add(offset);
            }
            offset += len;
        }
        Timeline t = readTimeline(file, h, data, annotationSpans, warnings);
        RecordingInfo info = new RecordingInfo(h.format(), t.start, signals, t.annotations, t.gaps, warnings,
                h.recordCount(), h.recordDurationSeconds(), t.onsets, h.patientIdentification(), h.recordingIdentification());
        return new EdfRecording(file, h, info, headerIndex.stream().mapToInt(Integer::intValue).toArray(),
                offsets.stream().mapToInt(Integer::intValue).toArray(), data);
    }

    private record Timeline(double[] onsets, LocalDateTime start, List<Annotation> annotations, List<Gap> gaps) {
    }

    /**
     * Reads every TAL: the first TAL of each record in the first annotation signal gives the record's
     * onset (EDF+ 2.2.4); all others are annotations. Onsets are made relative to the first record, whose
     * own offset (a sub-second start) moves the start time.
     */
    private static Timeline readTimeline(Path file, EdfHeader h, MappedData data, List<int[]> spans, List<String> warnings) {
        int records = h.recordCount();
        double dur = h.recordDurationSeconds();
        if (spans.isEmpty()) return new Timeline(null, h.headerStart(), List.of(), List.of());
        TalParser parser = new TalParser(warnings::add);
        double[] onsets = new double[records];
        List<Annotation> raw = new ArrayList<>();
        int missingTimekeeping = 0;
        byte[] buf = new byte[spans.stream().mapToInt(s -> s[1]).max().orElse(0)];
        for (int r = 0; r < records; r++) {
            MappedByteBuffer seg = data.segmentOf(r);
            int base = data.positionOf(r);
            for (int a = 0; a < spans.size(); a++) {
                int[] span = spans.get(a);
                seg.get(base + span[0], buf, 0, span[1]);
                List<Tal> tals = parser.parse(buf, 0, span[1], "record " + r + " annotation signal " + (a + 1));
                int firstText = 0;
                if (a == 0) {
                    if (!tals.isEmpty() && (tals.get(0).texts().isEmpty() || tals.get(0).texts().get(0).isEmpty())) {
                        onsets[r] = tals.get(0).onset();
                        firstText = 1;     // the rest of the time-keeping TAL's texts are annotations too
                    } else {
                        onsets[r] = r == 0 ? 0 : onsets[r - 1] + dur;
                        if (missingTimekeeping++ < MAX_RECORD_WARNINGS) {
                            warnings.add("record " + r + " has no time-keeping annotation; assumed to follow the previous record");
                        }
                    }
                }
                for (int k = 0; k < tals.size(); k++) {
                    Tal tal = tals.get(k);
                    List<String> texts = tal.texts();
                    for (int x = (k == 0 ? firstText : 0); x < texts.size(); x++) {
                        if (texts.get(x).isEmpty()) continue;
                        raw.add(new Annotation(tal.onset(), tal.duration(), texts.get(x)));
                    }
                }
            }
        }
        double origin = records > 0 ? onsets[0] : 0;
        long nanos = Math.round(origin * 1e9);
        LocalDateTime start = h.headerStart().plusNanos(nanos);
        for (int r = 0; r < records; r++) onsets[r] -= origin;
        List<Annotation> annotations = new ArrayList<>(raw.size());
        for (Annotation a : raw) annotations.add(new Annotation(a.onsetSeconds() - origin, a.durationSeconds(), a.text()));
        annotations.sort(Comparator.comparingDouble(Annotation::onsetSeconds));
        List<Gap> gaps = new ArrayList<>();
        if (h.format().isDiscontinuous()) {
            gaps = gaps(onsets, dur, warnings);
        } else if (dur == 0) {
            // annotation-only file: records are mere containers, each stamped with its own time
        } else {
            checkContinuous(onsets, dur, warnings);
            onsets = null;   // continuous: record k starts at k x duration
        }
        return new Timeline(onsets, start, List.copyOf(annotations), List.copyOf(gaps));
    }

    private static List<Gap> gaps(double[] onsets, double dur, List<String> warnings) {
        double tol = Gap.tolerance(dur);
        int overlaps = 0;
        for (int r = 1; r < onsets.length; r++) {
            double end = onsets[r - 1] + dur;
            if (onsets[r] - end < -tol && overlaps++ < MAX_RECORD_WARNINGS) {
                warnings.add("record " + r + " starts at " + onsets[r] + " s, before the previous record ends ("
                        + end + " s)");
            }
        }
        return Gap.between(onsets, dur);
    }

    private static void checkContinuous(double[] onsets, double dur, List<String> warnings) {
        double tol = Gap.tolerance(dur);
        int bad = 0;
        for (int r = 1; r < onsets.length; r++) {
            if (Math.abs(onsets[r] - r * dur) > tol && bad++ < 1) {
                warnings.add("continuous file, but record " + r + " is stamped " + onsets[r] + " s instead of "
                        + r * dur + " s; timing taken as continuous");
            }
        }
    }
}
