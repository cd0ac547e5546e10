package io.braingobrrr.analysis.spectral;

import io.braingobrrr.analysis.dsp.Band;
import io.braingobrrr.analysis.dsp.BandPowers;
import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.analysis.quality.ChannelFeatures;
import io.braingobrrr.analysis.result.Provenance;
import io.braingobrrr.core.recording.SignalKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Band powers from the scan's Welch spectra, and the posterior dominant rhythm (PDR). */
public final class SpectralAnalysis {
    public static final String ALGORITHM = "brrr.spectral";
    public static final String VERSION = "1.0";
    static final Set<String> POSTERIOR = Set.of("O1", "O2", "OZ", "PO3", "PO4", "POZ", "PO7", "PO8", "P3", "P4", "PZ");
    /** The PDR must stand this far above the median density of 3–20 Hz to count as a rhythm. */
    static final double PEAK_PROMINENCE = 2;
    static final double PSD_MAX_HZ = 40;

    private SpectralAnalysis() {
    }

    /**
     * @param exclude labels left out of the PDR (bad channels)
     * @param withPsd include each channel's density up to 40 Hz
     */
    public static SpectralSummary summarize(List<ChannelFeatures> features, Set<String> exclude, boolean withPsd) {
        List<SpectralSummary.ChannelSpectrum> channels = new ArrayList<>();
        List<Psd> posterior = new ArrayList<>();
        List<String> posteriorLabels = new ArrayList<>();
        for (ChannelFeatures f : features) {
            BandPowers bp = BandPowers.of(f.psd());
            Map<String, Double> abs = new LinkedHashMap<>();
            Map<String, Double> rel = new LinkedHashMap<>();
            for (Band b : Band.values()) {
                abs.put(b.key(), bp.absolute(b));
                rel.put(b.key(), bp.relative(b));
            }
            float[] psd = null;
            Psd p = f.psd();
            if (withPsd) {
                int bins = Math.min(p.bins(), (int) Math.floor(PSD_MAX_HZ / p.binWidthHz()) + 1);
                psd = new float[bins];
                for (int k = 0; k < bins; k++) psd[k] = (float) p.density()[k];
            }
            channels.add(new SpectralSummary.ChannelSpectrum(f.label(), f.voltage() ? "uV^2" : "unit^2", abs, rel,
                    p.binWidthHz(), psd));
            boolean eeg = f.kind() == SignalKind.EEG && f.voltage() && f.electrode() != null;
            if (eeg && POSTERIOR.contains(f.electrode().toUpperCase(Locale.ROOT)) && !exclude.contains(f.label())
                    && p.segments() > 0 && p.nyquistHz() > 20) {
                posterior.add(p);
                posteriorLabels.add(f.label());
            }
        }
        Double pdr = posteriorPeak(posterior);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("welch", "hann periodic, nperseg=round(4 fs), 50% overlap, constant detrend, density, mean");
        params.put("bands_hz", Arrays.stream(Band.values()).map(b -> b.key() + " " + b.lowHz() + "-" + b.highHz()).toList());
        params.put("pdr_range_hz", List.of(6, 13));
        params.put("pdr_prominence", PEAK_PROMINENCE);
        return new SpectralSummary(channels, pdr, List.copyOf(posteriorLabels), new Provenance(ALGORITHM, VERSION, params));
    }

    /** Peak of the mean posterior spectrum in 6–13 Hz if it stands out of the 3–20 Hz background; else null. */
    static Double posteriorPeak(List<Psd> spectra) {
        if (spectra.isEmpty()) return null;
        // Channels may differ in rate: average on the first one's grid, which all share when rates agree.
        Psd first = spectra.get(0);
        double[] mean = new double[first.bins()];
        int n = 0;
        for (Psd p : spectra) {
            if (p.binWidthHz() != first.binWidthHz() || p.bins() < mean.length) continue;
            for (int k = 0; k < mean.length; k++) mean[k] += p.density()[k];
            n++;
        }
        for (int k = 0; k < mean.length; k++) mean[k] /= n;
        Psd avg = new Psd(first.sampleRateHz(), first.segmentLength(), mean, first.segments());
        double peak = avg.peakFrequency(6, 13);
        if (Double.isNaN(peak)) return null;
        int bin = (int) Math.round(peak / avg.binWidthHz());
        double df = avg.binWidthHz();
        List<Double> background = new ArrayList<>();
        for (int k = 0; k < mean.length; k++) if (k * df >= 3 && k * df < 20) background.add(mean[k]);
        double median = background.stream().sorted().toList().get(background.size() / 2);
        return mean[bin] > PEAK_PROMINENCE * median ? Math.round(peak * 100) / 100.0 : null;
    }
}
