package io.braingobrrr.analysis.sleep;

/**
 * Everything the stager measures in a night, per 30 s epoch: the EEG features of the trained model, and the
 * inputs of the knowledge-based rules (slow-wave share of the EEG, rapid eye movements, relative chin EMG; NaN
 * where the EOG or EMG is absent).
 */
public record NightEvidence(double[][] eegFeatures, double[] slowWaveShare, double[] rems, double[] emgDb) {

    public static NightEvidence of(double[] eeg, double fs, Polygraphy p) {
        double[][] f = EpochFeatures.of(eeg, fs);
        int epochs = f.length;
        return new NightEvidence(f, StageRules.slowWaveShare(eeg, fs, epochs),
                PolygraphyFeatures.remsPerEpoch(p, epochs), PolygraphyFeatures.emgRelativeDb(p, epochs));
    }

    public int epochs() {
        return eegFeatures.length;
    }

    public boolean usesEog() {
        return rems.length > 0 && !Double.isNaN(rems[0]);
    }

    public boolean usesEmg() {
        return emgDb.length > 0 && !Double.isNaN(emgDb[0]);
    }
}
