import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares a screenshot's top trace with the true samples (docs/notes/edfbrowser-comparison.md).
 * For every pixel column of the trace area it takes the top-most dark pixel (the first channel's upper
 * envelope when positive is drawn up) and fits it against the per-column maximum of the true signal:
 * pixels = a * µV + b. The slope a is the drawn scale (px/µV), the best column shift is the timing error.
 *
 * java Compare.java IMAGE X0 X1 Y_TOP Y_MAX DARK NOMINAL_PX_PER_UV DUMP.csv COL_A COL_B PAGE_S [FIRST_X]
 * (X0, X1: the columns of the page's start and end; FIRST_X: first column analysed, right of any label boxes)
 */
public class Compare {
    public static void main(String[] a) throws Exception {
        BufferedImage img = ImageIO.read(new File(a[0]));
        int x0 = Integer.parseInt(a[1]), x1 = Integer.parseInt(a[2]);
        int yTop = Integer.parseInt(a[3]), yMax = Integer.parseInt(a[4]), dark = Integer.parseInt(a[5]);
        double nominal = Double.parseDouble(a[6]);
        List<String> lines = Files.readAllLines(Path.of(a[7]));
        int ca = Integer.parseInt(a[8]), cb = Integer.parseInt(a[9]);
        double page = Double.parseDouble(a[10]);
        int skip = a.length > 11 ? Integer.parseInt(a[11]) - x0 : 0;
        double[] v = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            v[i - 1] = Double.parseDouble(f[ca]) - Double.parseDouble(f[cb]);
        }
        int w = x1 - x0;
        double[] px = new double[w];
        double[] env = new double[w];
        for (int c = 0; c < w; c++) {
            px[c] = c < skip ? Double.NaN : topDarkRow(img, x0 + c, yTop, yMax, dark);
            int from = (int) Math.floor((double) c / w * v.length), to = (int) Math.floor((double) (c + 1) / w * v.length);
            double m = Double.NEGATIVE_INFINITY;
            for (int i = from; i < Math.max(to, from + 1) && i < v.length; i++) m = Math.max(m, v[i]);
            env[c] = m;
        }
        int bestLag = 0;
        double bestR = -2;
        for (int lag = -30; lag <= 30; lag++) {
            double r = fit(px, env, lag)[2];
            if (r > bestR) {
                bestR = r;
                bestLag = lag;
            }
        }
        double[] f0 = fit(px, env, 0);
        int peak = 0;
        for (int c = 0; c < w; c++) if (!Double.isNaN(px[c]) && (Double.isNaN(px[peak]) || px[c] > px[peak])) peak = c;
        int truePeak = 0;
        for (int i = 0; i < v.length; i++) if (v[i] > v[truePeak]) truePeak = i;
        System.out.printf("%s: trace area x %d..%d (%.2f ms/px)%n", a[0], x0, x1, page * 1000 / w);
        System.out.printf("  fit at lag 0: %.4f px/uV (nominal %.4f, ratio %.3f), r = %.4f%n", f0[0], nominal, f0[0] / nominal, f0[2]);
        System.out.printf("  best lag %+d px = %+.1f ms (r = %.4f)%n", bestLag, bestLag * page * 1000 / w, bestR);
        System.out.printf("  highest point at column %d = %.3f s; true maximum at %.3f s (%.1f uV)%n",
                peak, (peak + 0.5) * page / w, truePeak * page / v.length, v[truePeak]);
    }

    /** Minus the row of the top-most pixel darker than {@code dark} in every channel (so up is positive), or NaN. */
    static double topDarkRow(BufferedImage img, int x, int yTop, int yMax, int dark) {
        for (int y = yTop; y <= yMax; y++) {
            int rgb = img.getRGB(x, y);
            if ((rgb >> 16 & 255) < dark && (rgb >> 8 & 255) < dark && (rgb & 255) < dark) return -y;
        }
        return Double.NaN;
    }

    /** Least squares px = a env + b over columns with a pixel; returns {a, b, r}. */
    static double[] fit(double[] px, double[] env, int lag) {
        double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (int c = 0; c < px.length; c++) {
            int e = c - lag;
            if (e < 0 || e >= env.length || Double.isNaN(px[c])) continue;
            double x = env[e], y = px[c];
            n++; sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y;
        }
        double cov = sxy - sx * sy / n, vx = sxx - sx * sx / n, vy = syy - sy * sy / n;
        double slope = cov / vx;
        return new double[]{slope, (sy - slope * sx) / n, cov / Math.sqrt(vx * vy)};
    }
}
