package io.braingobrrr.acquisition.session;

/**
 * The per-channel quality light of the live view, from the last second or so of one channel in µV. The worst
 * finding wins: a railed or flat channel shows no EEG at all, line noise hides it, a high impedance predicts both.
 */
public enum ChannelQuality {
    GOOD, HIGH_IMPEDANCE, LINE_NOISE, FLAT, RAILED;

    /** Below this standard deviation nothing is connected (or the channel is off). */
    static final double FLAT_SD_UV = 0.5;
    /** Mains hum above this RMS (at 50 or 60 Hz) buries EEG of ~10-50 µV. */
    static final double LINE_RMS_UV = 10;
    /** Share of samples at the rail that marks a saturated amplifier. */
    static final double RAILED_SHARE = 0.05;
    /** Above this the electrode should be re-prepared (a common clinical limit is 5-10 kΩ; dry systems run higher). */
    public static final double HIGH_IMPEDANCE_KOHM = 25;

    /**
     * @param uv            recent samples in µV (at least a quarter second)
     * @param railUv        the amplifier's full scale in µV (values within 0.1 % of it count as railed)
     * @param impedanceKohm the last measured impedance, or NaN when unknown
     */
    public static ChannelQuality assess(double[] uv, double rateHz, double railUv, double impedanceKohm) {
        int n = uv.length;
        if (n < rateHz / 4) throw new IllegalArgumentException("need at least 0.25 s of samples, got " + n);
        int railed = 0;
        double sum = 0, sumSq = 0;
        for (double v : uv) {
            if (Math.abs(v) >= railUv * 0.999) railed++;
            sum += v;
            sumSq += v * v;
        }
        if (railed >= RAILED_SHARE * n) return RAILED;
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        if (sd < FLAT_SD_UV) return FLAT;
        double line = Math.max(rms(uv, mean, 50, rateHz), rms(uv, mean, 60, rateHz));
        if (line > LINE_RMS_UV) return LINE_NOISE;
        if (impedanceKohm > HIGH_IMPEDANCE_KOHM) return HIGH_IMPEDANCE;
        return GOOD;
    }

    /** RMS of the sinusoid at {@code hz} (Goertzel over the whole window); 0 when hz is above Nyquist. */
    static double rms(double[] x, double mean, double hz, double rateHz) {
        if (hz >= rateHz / 2) return 0;
        double w = 2 * Math.PI * hz / rateHz;
        double re = 0, im = 0;
        for (int i = 0; i < x.length; i++) {
            re += (x[i] - mean) * Math.cos(w * i);
            im -= (x[i] - mean) * Math.sin(w * i);
        }
        double amplitude = 2 * Math.hypot(re, im) / x.length;
        return amplitude / Math.sqrt(2);
    }
}
