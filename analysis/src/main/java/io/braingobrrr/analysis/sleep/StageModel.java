package io.braingobrrr.analysis.sleep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multinomial logistic regression over standardised epoch features (W, N1, N2, N3, R), trained by full-batch
 * gradient descent with L2 and class weights 1/sqrt(frequency) so the rare stages are not drowned by N2.
 * Stored as plain text: a header, the feature means, standard deviations and one weight row per stage.
 */
public final class StageModel {
    static final int STAGES = SleepStage.values().length;
    private final double[] mean;
    private final double[] std;
    private final double[][] weights;   // [stage][feature + 1], last = bias
    private final double[] counts;      // training epochs per stage

    StageModel(double[] mean, double[] std, double[][] weights, double[] counts) {
        this.mean = mean;
        this.std = std;
        this.weights = weights;
        this.counts = counts;
    }

    /** Whether the training data held this stage (a model that never saw REM cannot score it). */
    public boolean knows(SleepStage s) {
        return counts[s.ordinal()] > 0;
    }

    public int featureCount() {
        return mean.length;
    }

    public static StageModel train(double[][] x, SleepStage[] y, double l2, int iterations) {
        int n = x.length, f = x[0].length;
        double[] mean = new double[f], std = new double[f];
        for (double[] r : x) for (int j = 0; j < f; j++) mean[j] += r[j] / n;
        for (double[] r : x) for (int j = 0; j < f; j++) std[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
        for (int j = 0; j < f; j++) std[j] = Math.sqrt(std[j]) + 1e-9;
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) z[i] = standardise(x[i], mean, std);
        int[] count = new int[STAGES];
        for (SleepStage s : y) count[s.ordinal()]++;
        double[] classWeight = new double[STAGES];
        for (int k = 0; k < STAGES; k++) classWeight[k] = count[k] == 0 ? 0 : 1 / Math.sqrt(count[k]);
        double norm = 0;
        for (int i = 0; i < n; i++) norm += classWeight[y[i].ordinal()];
        double[][] w = new double[STAGES][f + 1];
        double rate = 0.5;
        double[] p = new double[STAGES];
        for (int it = 0; it < iterations; it++) {
            double[][] grad = new double[STAGES][f + 1];
            for (int i = 0; i < n; i++) {
                probabilities(w, z[i], p);
                double cw = classWeight[y[i].ordinal()] / norm;
                for (int k = 0; k < STAGES; k++) {
                    double err = (p[k] - (y[i].ordinal() == k ? 1 : 0)) * cw;
                    for (int j = 0; j < f; j++) grad[k][j] += err * z[i][j];
                    grad[k][f] += err;
                }
            }
            for (int k = 0; k < STAGES; k++) {
                for (int j = 0; j < f; j++) w[k][j] -= rate * (grad[k][j] + l2 * w[k][j]);
                w[k][f] -= rate * grad[k][f];
            }
        }
        double[] counts = new double[STAGES];
        for (int k = 0; k < STAGES; k++) counts[k] = count[k];
        return new StageModel(mean, std, w, counts);
    }

    /** Posterior probability of each stage, in {@link SleepStage} order. */
    public double[] probabilities(double[] features) {
        if (features.length != mean.length) {
            throw new IllegalArgumentException("model expects " + mean.length + " features, got " + features.length);
        }
        double[] p = new double[STAGES];
        probabilities(weights, standardise(features, mean, std), p);
        return p;
    }

    private static void probabilities(double[][] w, double[] z, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        int f = z.length;
        for (int k = 0; k < STAGES; k++) {
            double s = w[k][f];
            for (int j = 0; j < f; j++) s += w[k][j] * z[j];
            p[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < STAGES; k++) sum += p[k] = Math.exp(p[k] - max);
        for (int k = 0; k < STAGES; k++) p[k] /= sum;
    }

    private static double[] standardise(double[] x, double[] mean, double[] std) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) z[j] = (x[j] - mean[j]) / std[j];
        return z;
    }

    public String toText(String header) {
        StringBuilder sb = new StringBuilder();
        for (String line : header.split("\n")) sb.append("# ").append(line).append('\n');
        sb.append("counts ").append(join(counts)).append('\n');
        sb.append("mean ").append(join(mean)).append('\n');
        sb.append("std ").append(join(std)).append('\n');
        for (int k = 0; k < STAGES; k++) sb.append(SleepStage.values()[k]).append(' ').append(join(weights[k])).append('\n');
        return sb.toString();
    }

    /**
     * Reads {@link #toText}; lines of other parts of a stager file ("transition ...", "decoder ...") are skipped.
     */
    public static StageModel fromText(InputStream in) throws IOException {
        List<double[]> rows = new ArrayList<>();
        double[] counts = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("transition ") || line.startsWith("decoder ")) continue;
                if (line.startsWith("counts ")) {
                    counts = numbers(line);
                    if (counts.length != STAGES) throw new IOException("stager model: counts needs " + STAGES + " values: " + line);
                    continue;
                }
                rows.add(numbers(line));
            }
        } catch (NumberFormatException e) {
            throw new IOException("stager model: not a number: " + e.getMessage());
        }
        if (rows.size() != 2 + STAGES) throw new IOException("stager model: expected " + (2 + STAGES) + " rows, found " + rows.size());
        int f = rows.get(0).length;
        double[][] w = new double[STAGES][];
        for (int k = 0; k < STAGES; k++) {
            w[k] = rows.get(2 + k);
            if (w[k].length != f + 1 || rows.get(1).length != f) throw new IOException("stager model: rows of unequal length");
        }
        if (counts == null) throw new IOException("stager model: no counts line");
        return new StageModel(rows.get(0), rows.get(1), w, counts);
    }

    /** The numbers after a line's leading name. */
    private static double[] numbers(String line) {
        String[] f = line.trim().split("\\s+");
        double[] v = new double[f.length - 1];
        for (int i = 1; i < f.length; i++) v[i - 1] = Double.parseDouble(f[i]);
        return v;
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6g", v[i]));
        return sb.toString();
    }
}
