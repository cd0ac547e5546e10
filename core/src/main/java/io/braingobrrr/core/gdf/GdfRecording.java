package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An open GDF file: header and events in memory, samples memory-mapped and decoded on demand, each
 * channel in its own data type. GDF data are continuous: no gaps.
 */
public final class GdfRecording implements SignalSource {
    private final Path file;
    private final GdfHeader header;
    private final List<GdfChannel> channels;
    private final List<SignalInfo> signals;
    private final LocalDateTime start;
    private final List<Annotation> annotations;
    private final List<String> warnings;
    private final GdfRecordMap records;

    GdfRecording(Path file, GdfHeader header, List<GdfChannel> channels, LocalDateTime start,
                 List<Annotation> annotations, List<String> warnings, GdfRecordMap records) {
        this.file = file;
        this.header = header;
        this.channels = channels;
        this.signals = channels.stream().map(GdfChannel::info).toList();
        this.start = start;
        this.annotations = annotations;
        this.warnings = warnings;
        this.records = records;
    }

    public Path file() {
        return file;
    }

    public GdfHeader header() {
        return header;
    }

    @Override
    public String patientIdentification() {
        return header.patientIdentification();
    }

    @Override
    public String recordingIdentification() {
        return header.recordingIdentification();
    }

    /** False when the file does not record its start; {@link #startTime()} is then a placeholder (see warnings). */
    public boolean startTimeKnown() {
        return header.startTime() != null;
    }

    /** True when {@link #readDigital} returns the stored values of this signal rather than 16-bit steps of its physical range. */
    public boolean storesDigital(int signal) {
        return channels.get(checkSignal(signal)).nativeDigital();
    }

    @Override
    public RecordingFormat format() {
        return RecordingFormat.GDF;
    }

    @Override
    public LocalDateTime startTime() {
        return start;
    }

    @Override
    public List<SignalInfo> signals() {
        return signals;
    }

    @Override
    public List<Annotation> annotations() {
        return annotations;
    }

    @Override
    public List<Gap> gaps() {
        return List.of();
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public int recordCount() {
        return header.recordCount();
    }

    @Override
    public double recordDurationSeconds() {
        return header.recordDurationSeconds();
    }

    @Override
    public double recordOnsetSeconds(int record) {
        // exact rational arithmetic first: 1/150 s records must not drift over hours
        return (double) record * header.durationNumerator() / header.durationDenominator();
    }

    @Override
    public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        GdfChannel c = channels.get(checkSignal(signal));
        decode(signal, firstSample, count, (b, pos, i) -> dst[offset + i] = c.digital(b, pos));
    }

    @Override
    public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        GdfChannel c = channels.get(checkSignal(signal));
        decode(signal, firstSample, count, (b, pos, i) -> dst[offset + i] = c.physical(b, pos));
    }

    @Override
    public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        GdfChannel c = channels.get(checkSignal(signal));
        decode(signal, firstSample, count, (b, pos, i) -> dst[offset + i] = (float) c.physical(b, pos));
    }

    /** Receives sample {@code i} of a request, stored at byte {@code pos} of {@code b}. */
    @FunctionalInterface
    private interface SampleSink {
        void take(ByteBuffer b, int pos, int i);
    }

    /** Walks the requested samples record by record: a channel's samples are contiguous only within one record. */
    private void decode(int signal, long firstSample, int count, SampleSink sink) {
        GdfChannel c = channels.get(signal);
        int spr = c.header().samplesPerRecord();
        long n = sampleCount(signal);
        if (firstSample < 0 || count < 0 || firstSample + count > n) {
            throw new IndexOutOfBoundsException("samples " + firstSample + ".." + (firstSample + count)
                    + " outside 0.." + n + " of signal '" + c.info().label() + "'");
        }
        int width = c.bytesPerSample();
        int i = 0;
        while (i < count) {
            long s = firstSample + i;
            int record = (int) (s / spr);
            int within = (int) (s % spr);
            int run = Math.min(spr - within, count - i);
            ByteBuffer b = records.window(record);
            int pos = records.start(record) + c.offsetInRecord() + within * width;
            for (int k = 0; k < run; k++, pos += width) sink.take(b, pos, i + k);
            i += run;
        }
    }

    private int checkSignal(int signal) {
        if (signal < 0 || signal >= channels.size()) {
            throw new IndexOutOfBoundsException("signal " + signal + " of " + channels.size());
        }
        return signal;
    }

    @Override
    public void close() {
        // Nothing to release: the mappings go with the garbage collector (Java 17 cannot unmap).
    }
}
