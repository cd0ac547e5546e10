package io.braingobrrr.acquisition.simulated;

import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.KComplexDetector;
import io.braingobrrr.analysis.events.SpindleDetector;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated amplifier's sleep flag, judged by the project's own detectors on what the device streams (60x real
 * time): spindles and K-complexes in the N2 epochs, slow waves in N3, opposite-polarity eye movements in REM; the
 * same seed without the flag is the control.
 */
class SleepPatternsTest {
    private static final double RATE = 200;
    private static final int SECONDS = 210;     // the cycle's N2, N2, N3, N3, N2, REM, REM

    /** µV per channel of the first {@link #SECONDS} the device delivers. */
    private static double[][] stream(boolean sleep) throws Exception {
        SimulatedAmplifier amp = new SimulatedAmplifier(19, RATE, 11, 60.0);
        if (sleep) amp.withSleepPatterns();
        int total = (int) (SECONDS * RATE);
        double[][] uv = new double[19][total];
        int[] filled = {0};
        CountDownLatch done = new CountDownLatch(1);
        double perCount = amp.info().microvoltsPerCount();
        amp.start(new SampleListener() {
            @Override
            public void onBlock(SampleBlock b) {
                for (int i = 0; i < b.count() && filled[0] < total; i++, filled[0]++) {
                    for (int ch = 0; ch < 19; ch++) uv[ch][filled[0]] = b.value(i, ch) * perCount;
                }
                if (filled[0] == total) done.countDown();
            }

            @Override
            public void onDisconnected(String reason) {
            }
        });
        assertThat(done.await(60, TimeUnit.SECONDS)).as("the device streamed %d s", SECONDS).isTrue();
        amp.stop();
        return uv;
    }

    private static double[] seconds(double[] x, double from, double to) {
        return Arrays.copyOfRange(x, (int) (from * RATE), (int) (to * RATE));
    }

    private static int channel(String label) {
        return List.of("Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T7", "C3", "Cz", "C4").indexOf(label);
    }

    @Test
    void theSleepFlagAddsWhatTheDetectorsFindAndTheControlLacks() throws Exception {
        double[][] sleep = stream(true);
        double[][] awake = stream(false);
        SpindleDetector spindles = new SpindleDetector(SpindleDetector.Parameters.defaults());
        // N2 epochs 0-60 s: spindles every 6-14 s at C3
        List<DetectedEvent> n2 = spindles.detect(seconds(sleep[channel("C3")], 0, 60), RATE, "C3");
        List<DetectedEvent> control = spindles.detect(seconds(awake[channel("C3")], 0, 60), RATE, "C3");
        assertThat(n2.size()).as("spindles found in a minute of N2").isGreaterThanOrEqualTo(4);
        assertThat(control.size()).as("spindles found in the control").isLessThan(n2.size() / 2);
        assertThat(n2).allSatisfy(e -> assertThat(e.durationSeconds()).isBetween(0.5, 2.0));

        // K-complexes in N2 at Fz, none in the control
        KComplexDetector k = KComplexDetector.standard();
        assertThat(k.detect(seconds(sleep[channel("Fz")], 0, 60), RATE, "Fz")).isNotEmpty();
        assertThat(k.detect(seconds(awake[channel("Fz")], 0, 60), RATE, "Fz")).isEmpty();

        // N3 (60-120 s): slow waves, 0.5-2 Hz power at Fz far above the control's
        double slow = bandRms(seconds(sleep[channel("Fz")], 60, 120));
        double slowControl = bandRms(seconds(awake[channel("Fz")], 60, 120));
        assertThat(slow).isGreaterThan(3 * slowControl);

        // REM (150-210 s): eye movements make Fp1 and Fp2 swing in opposite directions
        assertThat(correlation(seconds(sleep[channel("Fp1")], 150, 210), seconds(sleep[channel("Fp2")], 150, 210)))
                .isLessThan(-0.3);
        assertThat(correlation(seconds(awake[channel("Fp1")], 150, 210), seconds(awake[channel("Fp2")], 150, 210)))
                .isGreaterThan(0);
    }

    private static double bandRms(double[] x) {
        double[] y = Butterworth.bandPass(2, 0.5, 2, RATE).filtfilt(x);
        double s = 0;
        for (double v : y) s += v * v;
        return Math.sqrt(s / y.length);
    }

    /** Pearson correlation of the 0.3-3 Hz parts (eye movements, not alpha or line noise). */
    private static double correlation(double[] a, double[] b) {
        double[] x = Butterworth.bandPass(2, 0.3, 3, RATE).filtfilt(a);
        double[] y = Butterworth.bandPass(2, 0.3, 3, RATE).filtfilt(b);
        double sx = 0, sy = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sx += x[i] * x[i];
            sy += y[i] * y[i];
            sxy += x[i] * y[i];
        }
        return sxy / Math.sqrt(sx * sy);
    }
}
