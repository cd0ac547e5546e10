package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.device.DeviceInfo;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A live viewer ({@link RecordingSession#addViewer}) that keeps the last second of every channel and gives each
 * its quality light on demand (the live view polls it a few times a second).
 */
public final class QualityMonitor implements SampleListener {
    private final DeviceInfo info;
    private final int window;
    private final int[][] ring;
    private int at;
    private long seen;
    private volatile Map<Integer, Double> impedanceKohm = Map.of();

    public QualityMonitor(DeviceInfo info) {
        this.info = info;
        this.window = Math.max(1, (int) Math.round(info.sampleRateHz()));
        this.ring = new int[info.channelCount()][window];
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
        if (n < info.sampleRateHz() / 4) return List.of();
        double scale = info.microvoltsPerCount();
        double offset = info.physicalMinUv() - info.digitalMin() * scale;
        double rail = Math.max(Math.abs(info.physicalMinUv()), Math.abs(info.physicalMaxUv()));
        List<ChannelQuality> out = new ArrayList<>(ring.length);
        double[] uv = new double[n];
        for (int ch = 0; ch < ring.length; ch++) {
            for (int i = 0; i < n; i++) uv[i] = ring[ch][Math.floorMod(at - n + i, window)] * scale + offset;
            double z = impedanceKohm.getOrDefault(ch + 1, Double.NaN);
            out.add(ChannelQuality.assess(Arrays.copyOf(uv, n), info.sampleRateHz(), rail, z));
        }
        return out;
    }
}
