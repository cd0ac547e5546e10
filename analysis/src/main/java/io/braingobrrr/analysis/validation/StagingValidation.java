package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.sleep.EpochFeatures;
import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.analysis.sleep.StageModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-recording-out evaluation of the stager: for each recording, a model is trained on the scored
 * epochs of all the others and stages this one; nothing is ever scored by a model that saw it. The L2 weight
 * is chosen inside each fold by a nested leave-one-recording-out over the training recordings only.
 */
public final class StagingValidation {
    public static final double[] L2_CANDIDATES = {0.003, 0.01, 0.03, 0.1};
    public static final int ITERATIONS = 2000;

    public record Row(String recording, String channel, List<SleepStage> reference, List<SleepStage> predicted,
                      StageAgreement agreement, double l2) {
    }

    private StagingValidation() {
    }

    public static List<double[][]> features(List<StagingCorpus.Recording> corpus) {
        List<double[][]> out = new ArrayList<>();
        for (StagingCorpus.Recording r : corpus) out.add(EpochFeatures.of(r.eeg(), r.rateHz()));
        return out;
    }

    public static List<Row> leaveOneOut(List<StagingCorpus.Recording> corpus, List<double[][]> features) {
        List<Row> rows = new ArrayList<>();
        for (int test = 0; test < corpus.size(); test++) {
            double l2 = chooseL2(corpus, features, test);
            StageModel m = train(corpus, features, l2, test);
            StagingCorpus.Recording r = corpus.get(test);
            List<SleepStage> predicted = predict(m, features.get(test), r.reference().size());
            rows.add(new Row(r.name(), r.channel(), r.reference(), predicted, StageAgreement.of(r.reference(), predicted), l2));
        }
        return rows;
    }

    /**
     * The L2 weight with the best pooled kappa of a leave-one-recording-out over the recordings other than
     * {@code exclude} (-1: over all recordings, for the shipped model).
     */
    public static double chooseL2(List<StagingCorpus.Recording> corpus, List<double[][]> features, int exclude) {
        double best = L2_CANDIDATES[0], bestKappa = Double.NEGATIVE_INFINITY;
        for (double l2 : L2_CANDIDATES) {
            StageAgreement pooled = null;
            for (int inner = 0; inner < corpus.size(); inner++) {
                if (inner == exclude) continue;
                StageModel m = train(corpus, features, l2, exclude, inner);
                List<SleepStage> ref = corpus.get(inner).reference();
                StageAgreement a = StageAgreement.of(ref, predict(m, features.get(inner), ref.size()));
                pooled = pooled == null ? a : pooled.plus(a);
            }
            if (pooled != null && pooled.kappa() > bestKappa) {
                bestKappa = pooled.kappa();
                best = l2;
            }
        }
        return best;
    }

    static List<SleepStage> predict(StageModel m, double[][] features, int epochs) {
        List<SleepStage> out = new ArrayList<>(epochs);
        for (int e = 0; e < epochs; e++) out.add(argmax(m.probabilities(features[e])));
        return out;
    }

    /** Trains on every recording except those listed (none: all of them). */
    public static StageModel train(List<StagingCorpus.Recording> corpus, List<double[][]> features, double l2, int... exclude) {
        List<double[]> x = new ArrayList<>();
        List<SleepStage> y = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            final int k = i;
            if (java.util.Arrays.stream(exclude).anyMatch(v -> v == k)) continue;
            List<SleepStage> ref = corpus.get(i).reference();
            for (int e = 0; e < ref.size(); e++) {
                if (ref.get(e) == null) continue;
                x.add(features.get(i)[e]);
                y.add(ref.get(e));
            }
        }
        return StageModel.train(x.toArray(new double[0][]), y.toArray(new SleepStage[0]), l2, ITERATIONS);
    }

    static SleepStage argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        return SleepStage.values()[best];
    }
}
