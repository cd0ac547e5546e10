package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.device.DeviceInfo;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.core.recording.SignalInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A live viewer ({@link RecordingSession#addViewer}) that keeps the last second of every channel and gives each
 * its quality light on demand (the live view polls it a few times a second).
 */
public final class QualityMonitor implements SampleListener {
    private final double rateHz;
    private final double[] scale;
    private final double[] offset;
    private final double[] rail;
    private final int window;
    private final int[][] ring;
    private int at;
    private long seen;
    private volatile Map<Integer, Double> impedanceKohm = Map.of();

    /** Every channel on the device's one mapping from digital values to µV. */
    public QualityMonitor(DeviceInfo info) {
        this(java.util.Collections.nCopies(info.channelCount(), SignalInfo.of("", "", "uV",
                info.physicalMinUv(), info.physicalMaxUv(), info.digitalMin(), info.digitalMax(), "", 1, info.sampleRateHz())));
    }

    /**
     * Each channel on its own stored range ({@link RecordLayout#signals()}, {@link RecordingSession#signals()}):
     * a Cyton channel's full scale follows its gain.
     */
    public QualityMonitor(List<SignalInfo> signals) {
        this.rateHz = signals.get(0).sampleRateHz();
        this.window = Math.max(1, (int) Math.round(rateHz));
        int n = signals.size();
        this.ring = new int[n][window];
        scale = new double[n];
        offset = new double[n];
        rail = new double[n];
        for (int ch = 0; ch < n; ch++) {
            SignalInfo s = signals.get(ch);
            scale[ch] = s.gain();
            offset[ch] = s.offset();
            rail[ch] = Math.max(Math.abs(s.physicalMin()), Math.abs(s.physicalMax()));
        }
    }

    /** The last impedance check (channel number from 1 -> kΩ), shown as a light until the next check. */
    public void setImpedances(Map<Integer, Double> kohm) {
        impedanceKohm = Map.copyOf(kohm);
    }

    @Override
    public synchronized void onBlock(SampleBlock b) {
        for (int i = 0; i < b.count(); i++) {
            for (int ch = 0; ch < ring.length; ch++) ring[ch][at] = b.value(i, ch);
            at = (at + 1) % window;
        }
        seen += b.count();
    }

    @Override
    public void onDisconnected(String reason) {
        // the lights keep the last second until data flows again
    }

    /** One light per channel; empty until a quarter second has arrived. */
    public synchronized List<ChannelQuality> lights() {
        int n = (int) Math.min(seen, window);
        if (n < rateHz / 4) return List.of();
        List<ChannelQuality> out = new ArrayList<>(ring.length);
        double[] uv = new double[n];
        for (int ch = 0; ch < ring.length; ch++) {
            for (int i = 0; i < n; i++) uv[i] = ring[ch][Math.floorMod(at - n + i, window)] * scale[ch] + offset[ch];
            double z = impedanceKohm.getOrDefault(ch + 1, Double.NaN);
            out.add(ChannelQuality.assess(Arrays.copyOf(uv, n), rateHz, rail[ch], z));
        }
        return out;
    }
}
