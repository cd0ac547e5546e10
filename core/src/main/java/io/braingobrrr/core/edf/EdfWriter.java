package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Writes any {@link SignalSource} as EDF+ (16-bit) or BDF+ (24-bit), record by record: the recording is
 * never held in memory, only a few megabytes of data records at a time. EDF+D/BDF+D is chosen by itself
 * when the source's records are not contiguous.
 *
 * <p>The file appears under its name only when complete: it is written to "name.part" first and moved
 * into place, so a failed or interrupted write never leaves a truncated file that looks valid.
 */
public final class EdfWriter {
    /** What was written. {@code signals} counts ordinary signals (not the annotation signal). */
    public record Result(Path path, RecordingFormat format, int signals, double durationSeconds, int records,
                         List<String> warnings) {
    }

    private static final int CHUNK_BYTES = 8 << 20;
    /** Records closer than this to contiguous count as contiguous (TAL onsets are written to the nanosecond). */
    private static final double CONTIGUITY_TOLERANCE_S = 1e-6;

    private final SignalSource source;
    private final EdfWriteOptions options;
    private final List<String> warnings = new ArrayList<>();
    private final List<EdfSignalFields> plans = new ArrayList<>();
    private long[] clipped;

    private EdfWriter(SignalSource source, EdfWriteOptions options) {
        this.source = source;
        this.options = options;
    }

    /** Writes {@code source} to {@code out} as EDF+ or BDF+ by the extension of {@code out}. */
    public static Result write(SignalSource source, Path out) throws IOException {
        return write(source, out, EdfWriteOptions.forFile(out));
    }

    public static Result write(SignalSource source, Path out, EdfWriteOptions options) throws IOException {
        return new EdfWriter(source, options).run(out);
    }

    private Result run(Path out) throws IOException {
        int sourceRecords = source.recordCount();
        double duration = source.recordDurationSeconds();
        // EDF+ allows record duration 0 only for annotation-only files, whose records are just containers.
        boolean annotationOnly = source.signals().isEmpty() && duration == 0;
        if (!annotationOnly && sourceRecords > 0 && !(duration > 0)) {
            throw new IllegalArgumentException("record duration must be positive when there are signals, was " + duration);
        }
        int records = annotationOnly ? Math.max(1, sourceRecords) : sourceRecords;
        String durationText = EdfHeaderFields.number(duration);
        double writtenDuration = Double.parseDouble(durationText);
        if (writtenDuration != duration) {
            warnings.add("record duration " + duration + " s written as " + durationText
                    + " s (8-character field); sample times drift by up to "
                    + Math.abs(writtenDuration - duration) * records + " s over the file");
        }
        LocalDateTime start = source.startTime();
        LocalDateTime headerStart = start.truncatedTo(ChronoUnit.SECONDS);
        double fraction = start.getNano() / 1e9;
        boolean discontinuous = annotationOnly
                ? source.format() != null && source.format().isDiscontinuous()
                : isDiscontinuous(records, duration);
        double firstOnset = sourceRecords == 0 ? 0 : source.recordOnsetSeconds(0);
        IntToDoubleFunction onset = discontinuous || annotationOnly
                ? r -> fraction + (r < sourceRecords ? source.recordOnsetSeconds(r) : firstOnset)
                : r -> fraction + firstOnset + r * writtenDuration;

        boolean sourceIs24Bit = source.format() != null && source.format().is24Bit();
        for (SignalInfo s : source.signals()) plans.add(EdfSignalFields.plan(s, sourceIs24Bit, options, warnings));
        EdfAnnotationWriter annotations = new EdfAnnotationWriter(source.annotations(), records, onset, fraction,
                options.bytesPerSample(), warnings);
        List<EdfSignalFields> all = new ArrayList<>(plans);
        all.add(EdfSignalFields.annotations(options, annotations.samplesPerRecord(), writtenDuration));

        if (!EdfHeaderFields.startDateHasYear(headerStart.toLocalDate())) {
            warnings.add("start year " + headerStart.getYear() + " is outside 1985..2084: header date has 'yy',"
                    + " the year is in the recording identification only");
        }
        String patient = options.patientIdentification() != null ? options.patientIdentification() : "X X X X";
        String recording = options.recordingIdentification() != null ? options.recordingIdentification()
                : EdfHeaderFields.recordingIdentification(headerStart.toLocalDate());
        ByteBuffer header = EdfHeaderWriter.build(options, patient, recording, headerStart, discontinuous, records,
                durationText, all, warnings);

        Path part = out.resolveSibling(out.getFileName() + ".part");
        try {
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(ch, header);
                writeRecords(ch, records, annotations);
            }
            moveIntoPlace(part, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        reportClipping();
        double written = records == 0 ? 0 : onset.applyAsDouble(records - 1) - fraction + writtenDuration;
        return new Result(out, RecordingFormat.of(options.bdf(), true, discontinuous), plans.size(), written, records,
                List.copyOf(warnings));
    }

    private boolean isDiscontinuous(int records, double duration) {
        if (!source.gaps().isEmpty()) return true;
        for (int r = 1; r < records; r++) {
            double step = source.recordOnsetSeconds(r) - source.recordOnsetSeconds(r - 1);
            if (Math.abs(step - duration) > CONTIGUITY_TOLERANCE_S) return true;
        }
        return false;
    }

    private void writeRecords(FileChannel ch, int records, EdfAnnotationWriter annotations) throws IOException {
        int bps = options.bytesPerSample();
        long recordBytes = annotations.bytesPerRecord();
        int maxSpr = 0;
        for (EdfSignalFields p : plans) {
            recordBytes += (long) p.samplesPerRecord * bps;
            maxSpr = Math.max(maxSpr, p.samplesPerRecord);
        }
        int chunk = (int) Math.max(1, Math.min(records, CHUNK_BYTES / recordBytes));
        if ((long) chunk * recordBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("one data record of " + recordBytes + " bytes is too large to write");
        }
        ByteBuffer buf = ByteBuffer.allocateDirect((int) (chunk * recordBytes)).order(ByteOrder.LITTLE_ENDIAN);
        int[][] digital = new int[plans.size()][];
        for (int i = 0; i < plans.size(); i++) digital[i] = new int[plans.get(i).samplesPerRecord * chunk];
        double[] physical = new double[maxSpr * chunk];
        clipped = new long[plans.size()];
        for (int first = 0; first < records; first += chunk) {
            int count = Math.min(chunk, records - first);
            for (int i = 0; i < plans.size(); i++) load(i, first, count, digital[i], physical);
            buf.clear();
            for (int r = 0; r < count; r++) {
                for (int i = 0; i < plans.size(); i++) {
                    int spr = plans.get(i).samplesPerRecord;
                    if (bps == 2) putShorts(buf, digital[i], r * spr, spr, i);
                    else putTriples(buf, digital[i], r * spr, spr, i);
                }
                annotations.encodeRecord(first + r, buf);
            }
            buf.flip();
            writeFully(ch, buf);
        }
    }

    /** Fills {@code dst} with the written digital values of {@code count} records of signal {@code i}. */
    private void load(int i, int firstRecord, int count, int[] dst, double[] physical) {
        EdfSignalFields p = plans.get(i);
        int n = p.samplesPerRecord * count;
        long firstSample = (long) firstRecord * p.samplesPerRecord;
        if (n == 0) return;
        if (p.conversion == EdfSignalFields.Conversion.COPY) {
            source.readDigital(i, firstSample, dst, 0, n);
            return;
        }
        source.readPhysical(i, firstSample, physical, 0, n);
        for (int k = 0; k < n; k++) dst[k] = p.requantise(physical[k]);
    }

    private void putShorts(ByteBuffer buf, int[] src, int from, int n, int signal) {
        for (int k = from, end = from + n; k < end; k++) {
            int v = src[k];
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                v = v < 0 ? Short.MIN_VALUE : Short.MAX_VALUE;
                clipped[signal]++;
            }
            buf.putShort((short) v);
        }
    }

    private void putTriples(ByteBuffer buf, int[] src, int from, int n, int signal) {
        for (int k = from, end = from + n; k < end; k++) {
            int v = src[k];
            if (v < -8388608 || v > 8388607) {
                v = v < 0 ? -8388608 : 8388607;
                clipped[signal]++;
            }
            buf.put((byte) v);
            buf.put((byte) (v >> 8));
            buf.put((byte) (v >> 16));
        }
    }

    private void reportClipping() {
        for (int i = 0; i < plans.size(); i++) {
            if (clipped[i] > 0) {
                warnings.add("signal '" + plans.get(i).label + "': " + clipped[i] + " sample(s) outside the "
                        + (options.bdf() ? 24 : 16) + "-bit range clipped to its limit");
            }
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) ch.write(buf);
    }

    private static void moveIntoPlace(Path part, Path out) throws IOException {
        try {
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
