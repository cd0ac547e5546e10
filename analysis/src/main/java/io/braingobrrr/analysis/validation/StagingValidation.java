package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.sleep.NightEvidence;
import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.analysis.sleep.StageModel;
import io.braingobrrr.analysis.sleep.StageTransitions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Leave-one-recording-out evaluation of the stager: for each recording, a model is trained on the scored
 * epochs of all the others and stages this one; nothing is ever scored by a model that saw it. The L2 weight
 * is chosen inside each fold by a nested leave-one-recording-out over the training recordings only. The HMM's
 * transitions are counted from the signal-less hypnograms plus the training recordings' own scorings: the
 * held-out recording's scoring never enters them.
 */
public final class StagingValidation {
    public static final double[] L2_CANDIDATES = {0.003, 0.01, 0.03, 0.1};
    public static final int ITERATIONS = 2000;

    public record Row(String recording, String channel, List<SleepStage> reference, List<SleepStage> predicted,
                      StageAgreement agreement, Choice choice) {
    }

    /** Hyper-parameters chosen by a nested leave-one-recording-out: the L2 weight and the decoder. */
    public record Choice(double l2, SleepStager.Decoder decoder) {
    }

    private StagingValidation() {
    }

    public static List<NightEvidence> features(List<StagingCorpus.Recording> corpus) {
        List<NightEvidence> out = new ArrayList<>();
        for (StagingCorpus.Recording r : corpus) out.add(NightEvidence.of(r.eeg(), r.rateHz(), r.polygraphy()));
        return out;
    }

    /**
     * @param hypnograms signal-less scorings for the transition counts ({@link TransitionHypnograms})
     * @param rules      whether the AASM rules are applied
     * @param decoders   the decoders the nested loop may choose from
     */
    public static List<Row> leaveOneOut(List<StagingCorpus.Recording> corpus, List<NightEvidence> features,
                                        List<List<SleepStage>> hypnograms, boolean rules, SleepStager.Decoder... decoders) {
        List<Row> rows = new ArrayList<>();
        for (int test = 0; test < corpus.size(); test++) {
            Choice c = choose(corpus, features, hypnograms, rules, decoders, test);
            StageModel m = train(corpus, features, c.l2(), test);
            StagingCorpus.Recording r = corpus.get(test);
            List<SleepStage> predicted = predict(m, transitions(corpus, hypnograms, test), features.get(test),
                    new SleepStager.Steps(rules, c.decoder()), r.reference().size());
            rows.add(new Row(r.name(), r.channel(), r.reference(), predicted, StageAgreement.of(r.reference(), predicted), c));
        }
        return rows;
    }

    /**
     * The L2 weight and decoder with the best pooled kappa of a leave-one-recording-out over the recordings other
     * than {@code exclude} (-1: over all recordings, for the shipped model).
     */
    public static Choice choose(List<StagingCorpus.Recording> corpus, List<NightEvidence> features,
                                List<List<SleepStage>> hypnograms, boolean rules, SleepStager.Decoder[] decoders, int exclude) {
        Choice best = null;
        double bestKappa = Double.NEGATIVE_INFINITY;
        for (double l2 : L2_CANDIDATES) {
            StageAgreement[] pooled = new StageAgreement[decoders.length];
            for (int inner = 0; inner < corpus.size(); inner++) {
                if (inner == exclude) continue;
                StageModel m = train(corpus, features, l2, exclude, inner);
                List<SleepStage> ref = corpus.get(inner).reference();
                StageTransitions t = transitions(corpus, hypnograms, exclude, inner);
                for (int d = 0; d < decoders.length; d++) {
                    List<SleepStage> p = predict(m, t, features.get(inner), new SleepStager.Steps(rules, decoders[d]), ref.size());
                    StageAgreement a = StageAgreement.of(ref, p);
                    pooled[d] = pooled[d] == null ? a : pooled[d].plus(a);
                }
            }
            for (int d = 0; d < decoders.length; d++) {
                // strictly better only: ties keep the earlier (simpler) candidate
                if (pooled[d] != null && pooled[d].kappa() > bestKappa) {
                    bestKappa = pooled[d].kappa();
                    best = new Choice(l2, decoders[d]);
                }
            }
        }
        return best;
    }

    static List<SleepStage> predict(StageModel m, StageTransitions t, NightEvidence night, SleepStager.Steps steps, int epochs) {
        SleepStage[] s = SleepStager.decode(m, t, night, steps).stages();
        return new ArrayList<>(Arrays.asList(s).subList(0, epochs));
    }

    /** Transitions from the signal-less hypnograms and the scorings of every recording except those listed. */
    public static StageTransitions transitions(List<StagingCorpus.Recording> corpus, List<List<SleepStage>> hypnograms, int... exclude) {
        List<List<SleepStage>> all = new ArrayList<>(hypnograms);
        for (int i = 0; i < corpus.size(); i++) if (!excluded(i, exclude)) all.add(corpus.get(i).reference());
        return StageTransitions.count(all);
    }

    /** Trains on every recording except those listed (none: all of them). */
    public static StageModel train(List<StagingCorpus.Recording> corpus, List<NightEvidence> features, double l2, int... exclude) {
        List<double[]> x = new ArrayList<>();
        List<SleepStage> y = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (excluded(i, exclude)) continue;
            List<SleepStage> ref = corpus.get(i).reference();
            for (int e = 0; e < ref.size(); e++) {
                if (ref.get(e) == null) continue;
                x.add(features.get(i).eegFeatures()[e]);
                y.add(ref.get(e));
            }
        }
        return StageModel.train(x.toArray(new double[0][]), y.toArray(new SleepStage[0]), l2, ITERATIONS);
    }

    private static boolean excluded(int i, int[] exclude) {
        for (int v : exclude) if (v == i) return true;
        return false;
    }
}
