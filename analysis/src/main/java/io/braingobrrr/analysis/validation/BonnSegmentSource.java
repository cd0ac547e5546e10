package io.braingobrrr.analysis.validation;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.RecordingInfo;
import io.braingobrrr.core.recording.SignalInfo;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One Bonn segment presented as a one-channel recording, so the workstation's own analysis pipeline can run
 * on it. One data record holds all 4097 samples (173.61 Hz is not a whole number of samples per second).
 * The files hold the 12-bit converter's integers; they are read as µV one for one, as the dataset is
 * customarily used (its exact calibration is not published with the files). The channel is labelled plain
 * "EEG": the files do not say which electrode the segment comes from, only the set does (scalp or intracranial).
 */
public final class BonnSegmentSource extends AbstractSignalSource {
    /** The 12-bit converter's range: a value at its edge is clipped (some F segments reach 2047). */
    static final int DIGITAL_MIN = -2048, DIGITAL_MAX = 2047;
    private final double[] samples;

    public BonnSegmentSource(BonnSegments.Segment segment) {
        super(describe(segment));
        this.samples = segment.samples();
    }

    private static RecordingInfo describe(BonnSegments.Segment s) {
        String transducer = s.set() == 'Z' || s.set() == 'O' ? "scalp electrode" : "intracranial electrode";
        SignalInfo eeg = SignalInfo.of("EEG", transducer, "uV", DIGITAL_MIN, DIGITAL_MAX, DIGITAL_MIN, DIGITAL_MAX, "",
                s.samples().length, BonnSegments.RATE_HZ);
        return new RecordingInfo(RecordingFormat.EDF, LocalDateTime.of(2001, 1, 1, 0, 0), List.of(eeg), List.of(), List.of(),
                List.of(), 1, s.samples().length / BonnSegments.RATE_HZ, null, "", "Bonn segment " + s.name());
    }

    @Override
    public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        checkRange(signal, firstSample, count);
        for (int i = 0; i < count; i++) dst[offset + i] = (int) samples[(int) firstSample + i];
    }

    @Override
    public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        checkRange(signal, firstSample, count);
        System.arraycopy(samples, (int) firstSample, dst, offset, count);
    }

    @Override
    public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        checkRange(signal, firstSample, count);
        for (int i = 0; i < count; i++) dst[offset + i] = (float) samples[(int) firstSample + i];
    }

    @Override
    public void close() {
    }
}
