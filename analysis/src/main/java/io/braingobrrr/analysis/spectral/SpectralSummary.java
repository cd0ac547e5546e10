package io.braingobrrr.analysis.spectral;

import io.braingobrrr.analysis.result.Provenance;
import java.util.List;
import java.util.Map;

/**
 * Band powers per channel and the posterior dominant rhythm.
 *
 * @param pdrHz        peak frequency in 6–13 Hz of the mean posterior spectrum; null when there is no clear peak
 * @param pdrChannels  the posterior channels averaged for it
 */
public record SpectralSummary(List<ChannelSpectrum> channels, Double pdrHz, List<String> pdrChannels,
                              Provenance provenance) {

    /**
     * @param unit     unit of the absolute powers (µV² for voltages, else the file's unit squared)
     * @param absolute band name → power; a band at or above Nyquist is absent
     * @param psd      one-sided density from 0 Hz in steps of {@code psdStepHz} up to 40 Hz (comprehensive only, else null)
     */
    public record ChannelSpectrum(String label, String unit, Map<String, Double> absolute,
                                  Map<String, Double> relative, double psdStepHz, float[] psd) {
    }
}
