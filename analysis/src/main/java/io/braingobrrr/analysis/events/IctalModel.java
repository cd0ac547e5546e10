package io.braingobrrr.analysis.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Binary logistic regression on standardised inputs, with class weights that make both classes count
 * equally (Bonn has 1 ictal segment for 4 non-ictal) and a decision threshold on the linear score chosen on
 * the training data by Youden's J (midpoint between neighbouring scores; ties to the lower, more sensitive
 * threshold). Plain gradient descent, deterministic: the same data always gives the same model.
 */
public record IctalModel(double[] means, double[] sds, double[] weights, double bias, double threshold, double l2) {
    public static final int ITERATIONS = 3000;
    private static final double STEP = 0.5;

    public IctalModel {
        if (means.length != sds.length || means.length != weights.length) {
            throw new IllegalArgumentException("model arrays differ in length: " + means.length + ", " + sds.length + ", " + weights.length);
        }
    }

    public static IctalModel train(List<double[]> inputs, List<Boolean> ictal, double l2) {
        int n = inputs.size();
        if (n == 0 || n != ictal.size()) throw new IllegalArgumentException("need as many labels as inputs, and some of each");
        long positives = ictal.stream().filter(b -> b).count();
        if (positives == 0 || positives == n) throw new IllegalArgumentException("training needs ictal and non-ictal segments");
        int d = inputs.get(0).length;
        double[] mu = new double[d], sd = new double[d];
        for (double[] x : inputs) for (int j = 0; j < d; j++) mu[j] += x[j] / n;
        for (double[] x : inputs) for (int j = 0; j < d; j++) sd[j] += (x[j] - mu[j]) * (x[j] - mu[j]) / n;
        for (int j = 0; j < d; j++) sd[j] = sd[j] > 0 ? Math.sqrt(sd[j]) : 1;
        double[][] z = new double[n][d];
        double[] y = new double[n], cw = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) z[i][j] = (inputs.get(i)[j] - mu[j]) / sd[j];
            y[i] = ictal.get(i) ? 1 : 0;
            cw[i] = ictal.get(i) ? 0.5 * n / positives : 0.5 * n / (n - positives);
        }
        double[] w = new double[d];
        double b = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            double[] g = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double r = cw[i] * (sigmoid(dot(w, z[i]) + b) - y[i]) / n;
                for (int j = 0; j < d; j++) g[j] += r * z[i][j];
                gb += r;
            }
            for (int j = 0; j < d; j++) w[j] -= STEP * (g[j] + l2 * w[j]);
            b -= STEP * gb;
        }
        IctalModel m = new IctalModel(mu, sd, w, b, 0, l2);
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) scores[i] = m.score(inputs.get(i));
        return new IctalModel(mu, sd, w, b, youden(scores, ictal), l2);
    }

    /** The linear score: above {@link #threshold()} is ictal. */
    public double score(double[] input) {
        double s = bias;
        for (int j = 0; j < weights.length; j++) s += weights[j] * (input[j] - means[j]) / sds[j];
        return s;
    }

    /** Probability-like confidence that the decision is right: the score's distance from the threshold, squashed. */
    public double confidence(double[] input) {
        double p = sigmoid(score(input) - threshold);
        return p >= 0.5 ? p : 1 - p;
    }

    public boolean ictal(double[] input) {
        return score(input) > threshold;
    }

    static double youden(double[] scores, List<Boolean> ictal) {
        double[] sorted = Arrays.stream(scores).distinct().sorted().toArray();
        long pos = ictal.stream().filter(b -> b).count(), neg = ictal.size() - pos;
        double best = Double.NaN, bestJ = -2;
        for (int k = 0; k + 1 < sorted.length; k++) {
            double t = (sorted[k] + sorted[k + 1]) / 2;
            int tp = 0, tn = 0;
            for (int i = 0; i < scores.length; i++) {
                boolean p = scores[i] > t;
                if (ictal.get(i) && p) tp++;
                if (!ictal.get(i) && !p) tn++;
            }
            double j = (double) tp / pos + (double) tn / neg - 1;
            if (j > bestJ + 1e-12) {     // ascending thresholds: a tie keeps the lower one
                bestJ = j;
                best = t;
            }
        }
        return Double.isNaN(best) ? 0 : best;
    }

    /** Text form (the shipped model is a resource in this form): one "key v1 v2 ..." line each. */
    public String toText(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String c : comment.split("\n")) sb.append("# ").append(c).append('\n');
        sb.append("means").append(join(means)).append('\n').append("sds").append(join(sds)).append('\n')
                .append("weights").append(join(weights)).append('\n')
                .append(String.format(Locale.ROOT, "bias %s%nthreshold %s%nl2 %s%n", bias, threshold, l2));
        return sb.toString();
    }

    public static IctalModel parse(String text, String source) {
        double[] mu = null, sd = null, w = null;
        Double b = null, t = null, l2 = null;
        String[] lines = text.split("\r?\n");
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            double[] v = new double[parts.length - 1];
            try {
                for (int k = 1; k < parts.length; k++) v[k - 1] = Double.parseDouble(parts[k]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + (ln + 1) + ": not a number in '" + line + "'");
            }
            switch (parts[0]) {
                case "means" -> mu = v;
                case "sds" -> sd = v;
                case "weights" -> w = v;
                case "bias" -> b = single(v, source, ln);
                case "threshold" -> t = single(v, source, ln);
                case "l2" -> l2 = single(v, source, ln);
                default -> throw new IllegalArgumentException(source + " line " + (ln + 1) + ": unknown key '" + parts[0] + "'");
            }
        }
        List<String> missing = new ArrayList<>();
        if (mu == null) missing.add("means");
        if (sd == null) missing.add("sds");
        if (w == null) missing.add("weights");
        if (b == null) missing.add("bias");
        if (t == null) missing.add("threshold");
        if (!missing.isEmpty()) throw new IllegalArgumentException(source + ": missing " + String.join(", ", missing));
        return new IctalModel(mu, sd, w, b, t, l2 == null ? Double.NaN : l2);
    }

    private static double single(double[] v, String source, int ln) {
        if (v.length != 1) throw new IllegalArgumentException(source + " line " + (ln + 1) + ": expected one value, got " + v.length);
        return v[0];
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double x : v) sb.append(' ').append(x);
        return sb.toString();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += a[j] * b[j];
        return s;
    }

    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
