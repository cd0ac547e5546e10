package io.braingobrrr.analysis.sleep;

import java.util.List;
import java.util.Locale;

/**
 * A hidden Markov model over 30 s stages: the probability of each stage following each other one, counted from
 * scored hypnograms (signals not needed), and the decoding of a night from per-epoch posteriors. Stages persist
 * for minutes and follow a grammar (W rarely goes straight to N3, R is entered from N2 or N1), which a per-epoch
 * classifier cannot know; Viterbi finds the most probable stage sequence given both.
 * The classifier's posteriors are used as the emissions directly: it is trained with class weights, so they carry
 * less of the training set's stage frequencies; dividing them by the model's prior (the hybrid-HMM "scaled
 * likelihood") was measured and lowered leave-one-out kappa (docs/notes/sleep-validation-data.md).
 */
public final class StageTransitions {
    private static final int K = SleepStage.values().length;
    /** Floor on an emission probability: one confident wrong epoch must not force an impossible path. */
    private static final double MIN_EMISSION = 1e-4;
    private final double[][] p;   // [from][to], rows sum to 1

    public StageTransitions(double[][] p) {
        if (p.length != K) throw new IllegalArgumentException("transition matrix needs " + K + " rows, got " + p.length);
        for (int i = 0; i < K; i++) {
            if (p[i].length != K) throw new IllegalArgumentException("transition row " + SleepStage.values()[i] + " needs " + K + " values");
            double sum = 0;
            for (double v : p[i]) {
                if (!(v > 0 && v <= 1)) throw new IllegalArgumentException("transition probabilities must be in (0, 1]: row " + SleepStage.values()[i]);
                sum += v;
            }
            if (Math.abs(sum - 1) > 1e-3) throw new IllegalArgumentException("transition row " + SleepStage.values()[i] + " sums to " + sum + ", not 1");
        }
        this.p = new double[K][];
        for (int i = 0; i < K; i++) this.p[i] = p[i].clone();
    }

    /**
     * Transition frequencies of consecutive scored epochs of the given hypnograms (null = unscored, which breaks
     * the chain), with one pseudo-count per cell so that a transition never seen is unlikely but possible.
     */
    public static StageTransitions count(List<List<SleepStage>> hypnograms) {
        double[][] c = new double[K][K];
        for (double[] row : c) java.util.Arrays.fill(row, 1);
        for (List<SleepStage> h : hypnograms) {
            for (int e = 1; e < h.size(); e++) {
                if (h.get(e - 1) != null && h.get(e) != null) c[h.get(e - 1).ordinal()][h.get(e).ordinal()]++;
            }
        }
        for (double[] row : c) {
            double sum = 0;
            for (double v : row) sum += v;
            for (int j = 0; j < K; j++) row[j] /= sum;
        }
        return new StageTransitions(c);
    }

    public double probability(SleepStage from, SleepStage to) {
        return p[from.ordinal()][to.ordinal()];
    }

    /**
     * The most probable stage sequence (Viterbi, log domain, uniform start) given per-epoch posteriors
     * {@code emission[epoch][stage]}.
     */
    public SleepStage[] viterbi(double[][] emission) {
        int n = emission.length;
        SleepStage[] out = new SleepStage[n];
        if (n == 0) return out;
        double[][] logT = new double[K][K];
        for (int i = 0; i < K; i++) for (int j = 0; j < K; j++) logT[i][j] = Math.log(p[i][j]);
        double[] score = new double[K];
        int[][] back = new int[n][K];
        for (int k = 0; k < K; k++) score[k] = logEmission(emission[0], k);
        double[] next = new double[K];
        for (int e = 1; e < n; e++) {
            for (int j = 0; j < K; j++) {
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < K; i++) {
                    double s = score[i] + logT[i][j];
                    if (s > bestScore) {
                        bestScore = s;
                        best = i;
                    }
                }
                back[e][j] = best;
                next[j] = bestScore + logEmission(emission[e], j);
            }
            System.arraycopy(next, 0, score, 0, K);
        }
        int last = 0;
        for (int k = 1; k < K; k++) if (score[k] > score[last]) last = k;
        for (int e = n - 1; e >= 0; e--) {
            out[e] = SleepStage.values()[last];
            last = back[e][last];
        }
        return out;
    }

    /**
     * Smoothed probability of each stage at each epoch given the whole night (forward-backward, scaled per
     * epoch): the confidence reported for the decoded stage.
     */
    public double[][] smoothed(double[][] emission) {
        int n = emission.length;
        double[][] f = new double[n][K], b = new double[n][K];
        for (int e = 0; e < n; e++) {
            for (int j = 0; j < K; j++) {
                double prior = 0;
                if (e == 0) prior = 1.0 / K;
                else for (int i = 0; i < K; i++) prior += f[e - 1][i] * p[i][j];
                f[e][j] = prior * Math.max(MIN_EMISSION, emission[e][j]);
            }
            normalise(f[e]);
        }
        if (n > 0) java.util.Arrays.fill(b[n - 1], 1.0);
        for (int e = n - 2; e >= 0; e--) {
            for (int i = 0; i < K; i++) {
                double s = 0;
                for (int j = 0; j < K; j++) s += p[i][j] * Math.max(MIN_EMISSION, emission[e + 1][j]) * b[e + 1][j];
                b[e][i] = s;
            }
            normalise(b[e]);
        }
        double[][] out = new double[n][K];
        for (int e = 0; e < n; e++) {
            for (int k = 0; k < K; k++) out[e][k] = f[e][k] * b[e][k];
            normalise(out[e]);
        }
        return out;
    }

    private static double logEmission(double[] p, int k) {
        return Math.log(Math.max(MIN_EMISSION, p[k]));
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        for (int i = 0; i < v.length; i++) v[i] /= s;
    }

    /** The "transition" lines of a stager file ({@link #toText}); other lines are skipped. */
    public static StageTransitions fromText(List<String> lines) throws java.io.IOException {
        double[][] m = new double[K][];
        for (String line : lines) {
            if (!line.startsWith("transition ")) continue;
            String[] f = line.trim().split("\\s+");
            SleepStage from;
            try {
                from = SleepStage.valueOf(f[1]);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new java.io.IOException("stager model: transition line without a stage: " + line);
            }
            if (f.length != K + 2) throw new java.io.IOException("stager model: transition " + from + " needs " + K + " probabilities: " + line);
            m[from.ordinal()] = new double[K];
            for (int j = 0; j < K; j++) {
                try {
                    m[from.ordinal()][j] = Double.parseDouble(f[j + 2]);
                } catch (NumberFormatException e) {
                    throw new java.io.IOException("stager model: transition " + from + ": not a number: " + f[j + 2]);
                }
            }
        }
        for (int i = 0; i < K; i++) if (m[i] == null) throw new java.io.IOException("stager model: no transition line for " + SleepStage.values()[i]);
        try {
            return new StageTransitions(m);
        } catch (IllegalArgumentException e) {
            throw new java.io.IOException("stager model: " + e.getMessage());
        }
    }

    /** One line per source stage: "transition W p(W) p(N1) p(N2) p(N3) p(R)". */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < K; i++) {
            sb.append("transition ").append(SleepStage.values()[i]);
            for (double v : p[i]) sb.append(' ').append(String.format(Locale.ROOT, "%.6g", v));
            sb.append('\n');
        }
        return sb.toString();
    }
}
