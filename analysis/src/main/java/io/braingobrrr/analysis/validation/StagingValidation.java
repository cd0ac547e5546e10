package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.sleep.EpochFeatures;
import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.analysis.sleep.StageModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-recording-out evaluation of the stager: for each recording, a model is trained on the scored
 * epochs of all the others and stages this one; nothing is ever scored by a model that saw it.
 */
public final class StagingValidation {
    public static final double L2 = 0.1;
    public static final int ITERATIONS = 1500;

    public record Row(String recording, String channel, List<SleepStage> reference, List<SleepStage> predicted, StageAgreement agreement) {
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
            StageModel m = train(corpus, features, test);
            StagingCorpus.Recording r = corpus.get(test);
            List<SleepStage> predicted = new ArrayList<>();
            for (int e = 0; e < r.reference().size(); e++) predicted.add(argmax(m.probabilities(features.get(test)[e])));
            rows.add(new Row(r.name(), r.channel(), r.reference(), predicted, StageAgreement.of(r.reference(), predicted)));
        }
        return rows;
    }

    /** Trains on every recording but {@code exclude} (-1: all of them). */
    public static StageModel train(List<StagingCorpus.Recording> corpus, List<double[][]> features, int exclude) {
        List<double[]> x = new ArrayList<>();
        List<SleepStage> y = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (i == exclude) continue;
            List<SleepStage> ref = corpus.get(i).reference();
            for (int e = 0; e < ref.size(); e++) {
                if (ref.get(e) == null) continue;
                x.add(features.get(i)[e]);
                y.add(ref.get(e));
            }
        }
        return StageModel.train(x.toArray(new double[0][]), y.toArray(new SleepStage[0]), L2, ITERATIONS);
    }

    static SleepStage argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        return SleepStage.values()[best];
    }
}
