package io.braingobrrr.analysis.testing;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Test signals held in arrays, presented as a 16-bit recording with 1 s records (physical range
 * ±{@code limit} µV), so tests can write them through the project's EdfWriter and read the file back.
 */
public final class ArraySource implements SignalSource {
    private final double[][] data;
    private final List<SignalInfo> signals = new ArrayList<>();
    private final int rate;

    public ArraySource(List<String> labels, int rateHz, double limitUv, double[][] data) {
        this.data = data;
        this.rate = rateHz;
        for (String l : labels) {
            signals.add(SignalInfo.of(l, "AgAgCl", "uV", -limitUv, limitUv, -32768, 32767, "", rateHz, rateHz));
        }
    }

    @Override
    public RecordingFormat format() {
        return RecordingFormat.EDF_PLUS_C;
    }

    @Override
    public LocalDateTime startTime() {
        return LocalDateTime.of(2025, 1, 1, 9, 0);
    }

    @Override
    public List<SignalInfo> signals() {
        return signals;
    }

    @Override
    public List<Annotation> annotations() {
        return List.of();
    }

    @Override
    public List<Gap> gaps() {
        return List.of();
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public int recordCount() {
        return data[0].length / rate;
    }

    @Override
    public double recordDurationSeconds() {
        return 1;
    }

    @Override
    public double recordOnsetSeconds(int record) {
        return record;
    }

    @Override
    public void readDigital(int signal, long first, int[] dst, int offset, int count) {
        SignalInfo s = signals.get(signal);
        for (int i = 0; i < count; i++) {
            long d = Math.round((data[signal][(int) first + i] - s.offset()) / s.gain());
            dst[offset + i] = (int) Math.max(s.digitalMin(), Math.min(s.digitalMax(), d));
        }
    }

    @Override
    public void readPhysical(int signal, long first, double[] dst, int offset, int count) {
        int[] d = new int[count];
        readDigital(signal, first, d, 0, count);
        for (int i = 0; i < count; i++) dst[offset + i] = signals.get(signal).toPhysical(d[i]);
    }

    @Override
    public void readPhysical(int signal, long first, float[] dst, int offset, int count) {
        int[] d = new int[count];
        readDigital(signal, first, d, 0, count);
        for (int i = 0; i < count; i++) dst[offset + i] = (float) signals.get(signal).toPhysical(d[i]);
    }

    @Override
    public void close() {
    }
}
