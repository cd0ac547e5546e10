package io.braingobrrr.analysis.quality;

import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.core.recording.SignalKind;

/**
 * What one pass over a channel measured: per-epoch features (1 s epochs) for artifact detection and the
 * record-level numbers for channel checks. Amplitudes are in µV when {@code voltage} (the file's unit
 * converted), otherwise in the file's unit.
 *
 * @param electrode    10-10 name or null
 * @param epochOnsetS  onset of each epoch in seconds from the start (gaps respected)
 * @param epochSeconds length of one epoch in seconds
 * @param maxAbs       per epoch, largest |x| after a 0.5 Hz high-pass (offset and drift removed)
 * @param rms          per epoch, RMS after the same high-pass
 * @param highRms      per epoch, RMS in 20–40 Hz (muscle); null when Nyquist ≤ 45 Hz
 * @param lowPtp       per epoch, peak-to-peak below 4 Hz (blinks); null unless the electrode is frontal
 * @param maxStep      per epoch, largest |x[n] - x[n-1]| of the raw signal (electrode pops)
 * @param rawPtp       per epoch, raw peak-to-peak (flat line)
 * @param railed       samples within 0.1 % of the physical range's ends
 * @param psd          Welch PSD of the raw signal as the reference defines it (file unit²/Hz, µV² when voltage)
 */
public record ChannelFeatures(
        int signal,
        String label,
        String electrode,
        SignalKind kind,
        double sampleRateHz,
        boolean voltage,
        double[] epochOnsetS,
        double epochSeconds,
        float[] maxAbs,
        float[] rms,
        float[] highRms,
        float[] lowPtp,
        float[] maxStep,
        float[] rawPtp,
        long railed,
        long samples,
        Psd psd) {

    public int epochs() {
        return maxAbs.length;
    }
}
