package io.braingobrrr.analysis.quality;

import io.braingobrrr.analysis.dsp.Select;
import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.analysis.quality.QualityReport.ArtifactKind;
import io.braingobrrr.analysis.quality.QualityReport.ArtifactSegment;
import io.braingobrrr.analysis.quality.QualityReport.ChannelQuality;
import io.braingobrrr.analysis.result.Provenance;
import io.braingobrrr.core.recording.SignalKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Quality control from the channels' {@link ChannelFeatures}: channel checks (flat, railed, noisy against
 * the montage's median, mains share) and artifact segments on the good channels, on a 1 s timeline.
 * Pure computation: the scan did all the reading.
 */
public final class QualityControl {
    public static final String ALGORITHM = "brrr.quality";
    public static final String VERSION = "1.0";

    private final QualityParams p;

    public QualityControl(QualityParams params) {
        this.p = params;
    }

    /** @param recordSeconds length of the record in seconds, gaps included */
    public QualityReport evaluate(List<ChannelFeatures> features, double recordSeconds) {
        double[] medRms = new double[features.size()];
        List<Double> assessedRms = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            ChannelFeatures f = features.get(i);
            medRms[i] = median(f.rms());
            if (assessed(f) && flatShare(f) < p.flatShare()) assessedRms.add(medRms[i]);
        }
        double montageRms = assessedRms.isEmpty() ? Double.NaN
                : Select.median(assessedRms.stream().mapToDouble(Double::doubleValue).toArray());

        List<ChannelQuality> channels = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        List<ChannelFeatures> good = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            ChannelFeatures f = features.get(i);
            boolean assessed = assessed(f);
            List<String> reasons = new ArrayList<>();
            boolean flat = flatShare(f) >= p.flatShare();
            if (flat) reasons.add(String.format("flat in %.0f%% of the record", 100 * flatShare(f)));
            double railedShare = f.samples() == 0 ? 0 : (double) f.railed() / f.samples();
            boolean railed = railedShare >= p.railedShare();
            if (railed) reasons.add(String.format("at the amplifier's limits in %.1f%% of samples", 100 * railedShare));
            double[] line = lineNoise(f.psd());
            boolean noisy = false;
            if (assessed && !flat) {
                double overShare = share(f.maxAbs(), p.amplitudeUv());
                if (overShare >= p.amplitudeShareBad()) {
                    noisy = true;
                    reasons.add(String.format("beyond ±%.0f µV in %.0f%% of the record", p.amplitudeUv(), 100 * overShare));
                } else if (medRms[i] > p.noisyAbsoluteUv()) {
                    noisy = true;
                    reasons.add(String.format("RMS %.0f µV above %.0f µV", medRms[i], p.noisyAbsoluteUv()));
                } else if (montageRms > 0 && medRms[i] > p.noisyFactor() * montageRms) {
                    noisy = true;
                    reasons.add(String.format("RMS %.1f µV, %.1f x the median channel", medRms[i], medRms[i] / montageRms));
                }
                if (line != null && line[0] > p.lineShareBad()) {
                    reasons.add(String.format("mains %.0f Hz is %.0f%% of the power", line[1], 100 * line[0]));
                }
            }
            if (!assessed) reasons.clear();      // a flat trigger or oximeter channel is not a defect of the EEG
            boolean isBad = !reasons.isEmpty();
            if (isBad) bad.add(f.label());
            if (assessed && !isBad) good.add(f);
            channels.add(new ChannelQuality(f.label(), assessed, flat, railed, noisy,
                    f.voltage() && f.epochs() > 0 ? medRms[i] : null, line == null ? null : line[0],
                    line == null ? null : line[1], isBad, List.copyOf(reasons)));
        }

        int seconds = (int) Math.ceil(recordSeconds - 1e-9);
        Map<ArtifactKind, BitSet> masks = new EnumMap<>(ArtifactKind.class);
        Map<ArtifactKind, Map<Integer, TreeSet<String>>> who = new EnumMap<>(ArtifactKind.class);
        for (ArtifactKind k : ArtifactKind.values()) {
            masks.put(k, new BitSet(seconds));
            who.put(k, new java.util.HashMap<>());
        }
        for (ChannelFeatures f : good) detect(f, seconds, masks, who);

        List<ArtifactSegment> segments = new ArrayList<>();
        Map<String, Double> share = new LinkedHashMap<>();
        BitSet any = new BitSet(seconds);
        for (ArtifactKind k : ArtifactKind.values()) {
            BitSet m = masks.get(k);
            any.or(m);
            share.put(k.key(), seconds == 0 ? 0.0 : (double) m.cardinality() / seconds);
            for (int s = m.nextSetBit(0); s >= 0; ) {
                int end = m.nextClearBit(s);
                TreeSet<String> ch = new TreeSet<>();
                for (int t = s; t < end; t++) ch.addAll(who.get(k).getOrDefault(t, new TreeSet<>()));
                segments.add(new ArtifactSegment(k, s, Math.min(end, recordSeconds) - s, List.copyOf(ch)));
                s = m.nextSetBit(end);
            }
        }
        segments.sort((a, b) -> Double.compare(a.onsetS(), b.onsetS()));
        double anyShare = seconds == 0 ? 0 : (double) any.cardinality() / seconds;
        long assessedCount = channels.stream().filter(ChannelQuality::assessed).count();
        // Nothing to judge (no EEG/EOG in a voltage unit): no usable share and no grade rather than "poor".
        Double usable = assessedCount == 0 ? null : good.isEmpty() ? 0.0 : 100 * (1 - anyShare);
        QualityReport.Grade grade = usable == null ? null : QualityReport.Grade.of(usable, (double) bad.size() / assessedCount);
        return new QualityReport(channels, List.copyOf(bad), segments, share, anyShare, usable, grade,
                new Provenance(ALGORITHM, VERSION, p.asMap()));
    }

    private static boolean assessed(ChannelFeatures f) {
        return f.voltage() && (f.kind() == SignalKind.EEG || f.kind() == SignalKind.EOG) && f.epochs() > 0;
    }

    private double flatShare(ChannelFeatures f) {
        if (f.epochs() == 0) return 0;
        int n = 0;
        for (float v : f.rawPtp()) if (v < p.flatPtpUv()) n++;
        return (double) n / f.epochs();
    }

    private static double share(float[] v, double above) {
        if (v.length == 0) return 0;
        int n = 0;
        for (float x : v) if (x > above) n++;
        return (double) n / v.length;
    }

    private void detect(ChannelFeatures f, int seconds, Map<ArtifactKind, BitSet> masks,
                        Map<ArtifactKind, Map<Integer, TreeSet<String>>> who) {
        double medHigh = f.highRms() == null ? Double.NaN : median(f.highRms());
        double medStep = median(f.maxStep());
        double medLow = f.lowPtp() == null ? Double.NaN : median(f.lowPtp());
        boolean eeg = f.kind() == SignalKind.EEG;
        for (int e = 0; e < f.epochs(); e++) {
            ArtifactKind kind = null;
            boolean muscle = f.highRms() != null && f.highRms()[e] > Math.max(p.muscleMinUv(), p.muscleFactor() * medHigh);
            if (f.maxAbs()[e] > p.amplitudeUv()) kind = ArtifactKind.AMPLITUDE;
            else if (muscle) kind = ArtifactKind.MUSCLE;
            else if (f.maxStep()[e] > Math.max(p.popStepUv(), p.popFactor() * medStep)) kind = ArtifactKind.ELECTRODE_POP;
            else if (eeg && f.lowPtp() != null && f.lowPtp()[e] > Math.max(p.blinkPtpUv(), p.blinkFactor() * medLow)) kind = ArtifactKind.BLINK;
            if (kind == null) continue;
            int from = (int) Math.floor(f.epochOnsetS()[e] + 1e-9);
            int to = (int) Math.ceil(f.epochOnsetS()[e] + f.epochSeconds() - 1e-9);
            for (int s = Math.max(0, from); s < Math.min(seconds, to); s++) {
                masks.get(kind).set(s);
                who.get(kind).computeIfAbsent(s, x -> new TreeSet<>()).add(f.label());
            }
        }
    }

    /** {share, frequency} of the stronger mains line (±1 Hz) in 1–100 Hz power, or null when the rate cannot show it. */
    static double[] lineNoise(Psd psd) {
        if (psd.nyquistHz() <= 51 || psd.segments() == 0) return null;
        double total = psd.power(1, Math.min(100, psd.nyquistHz()));
        if (!(total > 0)) return null;
        double p50 = psd.power(49, 51);
        double p60 = psd.nyquistHz() > 61 ? psd.power(59, 61) : 0;
        return p60 > p50 ? new double[] {p60 / total, 60} : new double[] {p50 / total, 50};
    }

    static double median(float[] v) {
        if (v == null || v.length == 0) return Double.NaN;
        float[] c = v.clone();
        Arrays.sort(c);
        int m = c.length / 2;
        return c.length % 2 == 1 ? c[m] : 0.5 * (c[m - 1] + c[m]);
    }
}
