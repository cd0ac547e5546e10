package io.braingobrrr.core.montage;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.RecordingInfo;
import io.braingobrrr.core.recording.SignalInfo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A recording held in arrays (one record of all samples): values the test chose, no file in between. */
final class ArraySource extends AbstractSignalSource {
    private final double[][] values;

    ArraySource(String[] labels, String[] units, double rate, double[][] values) {
        super(info(labels, units, rate, values[0].length));
        this.values = values;
    }

    private static RecordingInfo info(String[] labels, String[] units, double rate, int n) {
        List<SignalInfo> signals = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            signals.add(SignalInfo.of(labels[i], "", units[i], -1000, 1000, -32768, 32767, "", n, rate));
        }
        return new RecordingInfo(RecordingFormat.EDF, LocalDateTime.of(2020, 1, 1, 0, 0), signals, List.of(), List.of(),
                List.of(), 1, n / rate, null, "", "");
    }

    @Override
    public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        checkRange(signal, firstSample, count);
        System.arraycopy(values[signal], (int) firstSample, dst, offset, count);
    }

    @Override
    public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        checkRange(signal, firstSample, count);
        for (int i = 0; i < count; i++) dst[offset + i] = (float) values[signal][(int) firstSample + i];
    }

    @Override
    public void close() {
    }
}
