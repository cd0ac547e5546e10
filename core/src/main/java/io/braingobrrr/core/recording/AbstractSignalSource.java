package io.braingobrrr.core.recording;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A {@link SignalSource} whose description is fixed when it opens; subclasses only fetch samples.
 * Range checks live here too, so every source rejects a bad request with the same message.
 */
public abstract class AbstractSignalSource implements SignalSource {
    private final RecordingInfo info;

    protected AbstractSignalSource(RecordingInfo info) {
        this.info = info;
    }

    public RecordingInfo info() {
        return info;
    }

    @Override
    public RecordingFormat format() {
        return info.format();
    }

    @Override
    public LocalDateTime startTime() {
        return info.startTime();
    }

    @Override
    public List<SignalInfo> signals() {
        return info.signals();
    }

    @Override
    public List<Annotation> annotations() {
        return info.annotations();
    }

    @Override
    public List<Gap> gaps() {
        return info.gaps();
    }

    @Override
    public List<String> warnings() {
        return info.warnings();
    }

    @Override
    public String patientIdentification() {
        return info.patientIdentification();
    }

    @Override
    public String recordingIdentification() {
        return info.recordingIdentification();
    }

    @Override
    public int recordCount() {
        return info.recordCount();
    }

    @Override
    public double recordDurationSeconds() {
        return info.recordDurationSeconds();
    }

    @Override
    public double recordOnsetSeconds(int record) {
        if (record < 0 || record >= info.recordCount()) {
            throw new IndexOutOfBoundsException("record " + record + " of " + info.recordCount());
        }
        double[] onsets = info.recordOnsets();
        return onsets == null ? record * info.recordDurationSeconds() : onsets[record];
    }

    /** The signal index, or IndexOutOfBoundsException naming what exists. */
    protected int checkSignal(int signal) {
        if (signal < 0 || signal >= info.signals().size()) {
            throw new IndexOutOfBoundsException("no signal " + signal + " (the recording has " + info.signals().size() + ")");
        }
        return signal;
    }

    /** Checks a sample request and returns the signal's samples per record. */
    protected int checkRange(int signal, long firstSample, int count) {
        checkSignal(signal);
        long n = sampleCount(signal);
        if (firstSample < 0 || count < 0 || firstSample + count > n) {
            throw new IndexOutOfBoundsException("samples " + firstSample + ".." + (firstSample + count)
                    + " are outside 0.." + n + " of signal '" + info.signals().get(signal).label() + "'");
        }
        return info.signals().get(signal).samplesPerRecord();
    }
}
