package io.braingobrrr.acquisition.cyton;

import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;

import java.util.HashMap;
import java.util.Map;

/**
 * Lead-off impedance as the OpenBCI GUI estimates it: the board drives 6 nA at 31.2 Hz through the
 * electrode, so the signal's RMS (its standard deviation) times √2 is the peak voltage and
 * Z = √2 · σ / 6 nA, minus the board's 2.2 kΩ series resistor.
 */
final class ImpedanceCheck {
    static final double DRIVE_AMPS = 6e-9;
    static final double SERIES_OHMS = 2200;

    private final CytonBoard board;
    private final int channels;

    ImpedanceCheck(CytonBoard board, int channels) {
        this.board = board;
        this.channels = channels;
    }

    Map<Integer, Double> run(double seconds) throws DeviceException {
        for (int ch = 1; ch <= channels; ch++) board.setLeadOff(ch, true, false);
        double[] sum = new double[channels], sumSq = new double[channels];
        long[] n = {0};
        try {
            board.streamFor(seconds, new SampleListener() {
                @Override
                public void onBlock(SampleBlock b) {
                    double uv = CytonBoard.microvoltsPerCount(CytonCommands.DEFAULT_GAIN);
                    for (int i = 0; i < b.count(); i++) {
                        for (int ch = 0; ch < channels; ch++) {
                            double v = b.value(i, ch) * uv;
                            sum[ch] += v;
                            sumSq[ch] += v * v;
                        }
                    }
                    n[0] += b.count();
                }

                @Override
                public void onDisconnected(String reason) {
                    // the caller sees too few samples
                }
            });
        } finally {
            for (int ch = 1; ch <= channels; ch++) board.setLeadOff(ch, false, false);
        }
        if (n[0] < 2) throw new DeviceException("no samples arrived during the impedance check");
        Map<Integer, Double> out = new HashMap<>();
        for (int ch = 0; ch < channels; ch++) out.put(ch + 1, kiloOhms(sum[ch], sumSq[ch], n[0]));
        return out;
    }

    static double kiloOhms(double sum, double sumSq, long n) {
        double mean = sum / n;
        double sdUv = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        double ohms = Math.sqrt(2) * sdUv * 1e-6 / DRIVE_AMPS - SERIES_OHMS;
        return Math.max(0, ohms) / 1000;
    }
}
