package io.braingobrrr.analysis.dsp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SelectTest {
    /** The textbook definition, written here: sort, read the middle. */
    private static double sortedMedian(double[] a, int n) {
        double[] c = Arrays.copyOf(a, n);
        Arrays.sort(c);
        return n == 0 ? Double.NaN : n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }

    @Test
    void equalsTheMedianOfTheSortedValuesForEveryLengthAndShape() {
        Random r = new Random(5);
        for (int n = 0; n <= 300; n++) {
            for (int shape = 0; shape < 5; shape++) {
                double[] a = new double[n + 3];
                for (int i = 0; i < a.length; i++) {
                    a[i] = switch (shape) {
                        case 0 -> r.nextGaussian();
                        case 1 -> r.nextInt(4);                      // many ties
                        case 2 -> i;                                 // sorted
                        case 3 -> -i;                                // reversed
                        default -> r.nextInt(10) == 0 ? Double.NaN : r.nextGaussian() * 100;
                    };
                }
                double expected = sortedMedian(a, n);
                double got = Select.median(a.clone(), n);
                assertThat(Double.doubleToLongBits(got)).as("n %d shape %d", n, shape).isEqualTo(Double.doubleToLongBits(expected));
            }
        }
    }

    @Test
    void selectPutsTheKthValueInPlaceWithSmallerOnesBefore() {
        double[] a = {9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 12, 11, 10, 15, 14, 13, 19, 18, 17, 16};
        Select.select(a, 0, a.length - 1, 6);
        assertThat(a[6]).isEqualTo(6);
        for (int i = 0; i < 6; i++) assertThat(a[i]).isLessThan(6);
        for (int i = 7; i < a.length; i++) assertThat(a[i]).isGreaterThan(6);
    }
}
