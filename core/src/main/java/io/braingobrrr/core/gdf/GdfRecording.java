package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.RecordingInfo;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An open GDF file: header and events in memory, samples memory-mapped and decoded on demand, each
 * channel in its own data type. GDF data are continuous: no gaps.
 */
public final class GdfRecording extends AbstractSignalSource {
    private final Path file;
    private final GdfHeader header;
    private final List<GdfChannel> channels;
    private final GdfRecordMap records;

    GdfRecording(Path file, GdfHeader header, List<GdfChannel> channels, LocalDateTime start,
                 List<Annotation> annotations, List<String> warnings, GdfRecordMap records) {
        super(new RecordingInfo(RecordingFormat.GDF, start, channels.stream().map(GdfChannel::info).toList(),
                annotations, List.of(), warnings, header.recordCount(), header.recordDurationSeconds(), null,
                header.patientIdentification(), header.recordingIdentification()));
        this.file = file;
        this.header = header;
        this.channels = channels;
        this.records = records;
    }

    public Path file() {
        return file;
    }

    public GdfHeader header() {
        return header;
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
    public double recordOnsetSeconds(int record) {
        super.recordOnsetSeconds(record);   // range check
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
        int spr = checkRange(signal, firstSample, count);
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

    @Override
    public void close() {
        // Nothing to release: the mappings go with the garbage collector (Java 17 cannot unmap).
    }
}
