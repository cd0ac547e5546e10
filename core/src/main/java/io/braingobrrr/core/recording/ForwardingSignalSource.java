package io.braingobrrr.core.recording;

/**
 * A recording seen with a different header (another {@link RecordingInfo}) while its samples come from
 * the wrapped source unchanged: what exports need to drop the patient field or add annotations. The
 * wrapped source stays its owner's to close.
 */
public abstract class ForwardingSignalSource extends AbstractSignalSource {
    private final AbstractSignalSource src;

    protected ForwardingSignalSource(AbstractSignalSource src, RecordingInfo info) {
        super(info);
        this.src = src;
    }

    @Override
    public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        src.readDigital(signal, firstSample, dst, offset, count);
    }

    @Override
    public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        src.readPhysical(signal, firstSample, dst, offset, count);
    }

    @Override
    public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        src.readPhysical(signal, firstSample, dst, offset, count);
    }

    @Override
    public void close() {
        // the wrapped source belongs to the caller
    }
}
