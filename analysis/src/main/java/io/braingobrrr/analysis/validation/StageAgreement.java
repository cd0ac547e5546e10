package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.sleep.SleepStage;

import java.util.List;

/**
 * Epoch-by-epoch agreement between a reference hypnogram and a prediction: confusion matrix (rows reference,
 * columns predicted, in {@link SleepStage} order), accuracy and Cohen's kappa. Epochs the reference leaves
 * unscored (null) are skipped.
 */
public final class StageAgreement {
    private final long[][] confusion;

    private StageAgreement(long[][] confusion) {
        this.confusion = confusion;
    }

    public static StageAgreement of(List<SleepStage> reference, List<SleepStage> predicted) {
        if (reference.size() != predicted.size()) {
            throw new IllegalArgumentException("hypnograms differ in length: " + reference.size() + " vs " + predicted.size() + " epochs");
        }
        int k = SleepStage.values().length;
        long[][] m = new long[k][k];
        for (int i = 0; i < reference.size(); i++) {
            SleepStage r = reference.get(i);
            SleepStage p = predicted.get(i);
            if (r == null || p == null) continue;
            m[r.ordinal()][p.ordinal()]++;
        }
        return new StageAgreement(m);
    }

    public StageAgreement plus(StageAgreement o) {
        int k = confusion.length;
        long[][] m = new long[k][k];
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) m[i][j] = confusion[i][j] + o.confusion[i][j];
        return new StageAgreement(m);
    }

    public long[][] confusion() {
        long[][] c = new long[confusion.length][];
        for (int i = 0; i < c.length; i++) c[i] = confusion[i].clone();
        return c;
    }

    public long epochs() {
        long n = 0;
        for (long[] row : confusion) for (long v : row) n += v;
        return n;
    }

    public double accuracy() {
        long n = epochs();
        long agree = 0;
        for (int i = 0; i < confusion.length; i++) agree += confusion[i][i];
        return n == 0 ? Double.NaN : (double) agree / n;
    }

    /** (po - pe) / (1 - pe); NaN without epochs or when chance agreement is 1 (both sides one and the same stage throughout). */
    public double kappa() {
        long n = epochs();
        if (n == 0) return Double.NaN;
        double po = accuracy();
        double pe = 0;
        for (int i = 0; i < confusion.length; i++) {
            long row = 0, col = 0;
            for (int j = 0; j < confusion.length; j++) {
                row += confusion[i][j];
                col += confusion[j][i];
            }
            pe += (double) row / n * col / n;
        }
        return pe >= 1 ? Double.NaN : (po - pe) / (1 - pe);
    }
}
