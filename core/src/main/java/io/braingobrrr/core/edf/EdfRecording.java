package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.RecordingInfo;
import io.braingobrrr.core.recording.SignalInfo;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;

/**
 * An open EDF/EDF+/BDF/BDF+ file: header, annotations and gaps in memory, samples memory-mapped and
 * decoded on demand, so a 2 GB file opens in milliseconds and costs the heap only what is read.
 */
public final class EdfRecording extends AbstractSignalSource {
    private final Path file;
    private final EdfHeader header;
    /** Index of each ordinary signal in the header's signal list. */
    private final int[] headerIndex;
    /** Byte offset of each ordinary signal inside a data record. */
    private final int[] offsetInRecord;
    private final MappedData data;

    EdfRecording(Path file, EdfHeader header, RecordingInfo info, int[] headerIndex, int[] offsetInRecord, MappedData data) {
        super(info);
        this.file = file;
        this.header = header;
        this.headerIndex = headerIndex;
        this.offsetInRecord = offsetInRecord;
        this.data = data;
    }

    public Path file() {
        return file;
    }

    public EdfHeader header() {
        return header;
    }

    /** Position of ordinary signal {@code signal} in the file's own signal list (annotation signals counted). */
    public int headerIndexOf(int signal) {
        return headerIndex[signal];
    }

    @Override
    public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        boolean bdf = header.format().is24Bit();
        forEachRun(signal, firstSample, count, (buf, pos, n, done) -> {
            int o = offset + done;
            if (bdf) {
                for (int i = 0; i < n; i++, pos += 3) dst[o + i] = int24(buf, pos);
            } else {
                for (int i = 0; i < n; i++, pos += 2) dst[o + i] = buf.getShort(pos);
            }
        });
    }

    @Override
    public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        SignalInfo info = signals().get(checkSignal(signal));
        double gain = info.gain();
        double base = info.offset();
        boolean bdf = header.format().is24Bit();
        forEachRun(signal, firstSample, count, (buf, pos, n, done) -> {
            int o = offset + done;
            if (bdf) {
                for (int i = 0; i < n; i++, pos += 3) dst[o + i] = int24(buf, pos) * gain + base;
            } else {
                for (int i = 0; i < n; i++, pos += 2) dst[o + i] = buf.getShort(pos) * gain + base;
            }
        });
    }

    @Override
    public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        SignalInfo info = signals().get(checkSignal(signal));
        double gain = info.gain();
        double base = info.offset();
        boolean bdf = header.format().is24Bit();
        forEachRun(signal, firstSample, count, (buf, pos, n, done) -> {
            int o = offset + done;
            if (bdf) {
                for (int i = 0; i < n; i++, pos += 3) dst[o + i] = (float) (int24(buf, pos) * gain + base);
            } else {
                for (int i = 0; i < n; i++, pos += 2) dst[o + i] = (float) (buf.getShort(pos) * gain + base);
            }
        });
    }

    /** A stretch of consecutive samples inside one data record: {@code n} samples at byte {@code pos}. */
    @FunctionalInterface
    private interface Run {
        void decode(MappedByteBuffer buf, int pos, int n, int done);
    }

    /** Splits a sample range at record boundaries, where a signal's samples stop being contiguous. */
    private void forEachRun(int signal, long firstSample, int count, Run run) {
        int spr = checkRange(signal, firstSample, count);
        int bps = header.bytesPerSample();
        long s = firstSample;
        int done = 0;
        while (done < count) {
            int record = (int) (s / spr);
            int within = (int) (s - (long) record * spr);
            int n = Math.min(spr - within, count - done);
            run.decode(data.segmentOf(record), data.positionOf(record) + offsetInRecord[signal] + within * bps, n, done);
            done += n;
            s += n;
        }
    }

    /** Raw bytes of one data record, for bulk decoders and exact copies. */
    MappedData data() {
        return data;
    }

    int offsetInRecord(int signal) {
        return offsetInRecord[signal];
    }

    private static int int24(MappedByteBuffer b, int pos) {
        return (b.get(pos) & 0xFF) | (b.get(pos + 1) & 0xFF) << 8 | b.get(pos + 2) << 16;
    }

    @Override
    public void close() {
        data.close();
    }
}
