package io.braingobrrr.analysis.dsp;

/**
 * Second-order IIR notch (SciPy's {@code iirnotch}): zeros on the unit circle at {@code f0}, poles just
 * inside, -3 dB width {@code f0 / q}. Unity gain at DC and Nyquist.
 */
public final class Notch {
    /** The quality factor clinical software uses for mains notches: about 1.7 Hz wide at 50 Hz. */
    public static final double DEFAULT_Q = 30;

    private Notch() {
    }

    public static SosFilter design(double f0Hz, double q, double fs) {
        if (!(fs > 0)) throw new IllegalArgumentException("sampling rate must be positive, not " + fs);
        if (!(f0Hz > 0 && f0Hz < fs / 2)) {
            throw new IllegalArgumentException("notch frequency " + f0Hz + " Hz must lie between 0 and Nyquist (" + fs / 2 + " Hz)");
        }
        if (!(q > 0)) throw new IllegalArgumentException("notch quality factor must be positive, not " + q);
        double w0 = 2 * Math.PI * f0Hz / fs;
        double bw = w0 / q;
        double beta = Math.tan(bw / 2);       // for the -3 dB points: sqrt(1 - gb^2)/gb = 1 with gb = 1/sqrt(2)
        double gain = 1 / (1 + beta);
        double c = Math.cos(w0);
        return new SosFilter(new double[][] {{gain, -2 * gain * c, gain, 1, -2 * gain * c, 2 * gain - 1}});
    }
}
