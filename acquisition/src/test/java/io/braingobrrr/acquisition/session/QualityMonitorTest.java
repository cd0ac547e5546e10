package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.device.DeviceInfo;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.simulated.SimulatedAmplifier;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QualityMonitorTest {
    @TempDir
    Path dir;

    @Test
    void lightsFollowWhatEachChannelCarries() {
        DeviceInfo info = new DeviceInfo("test", List.of("Fp1", "Fp2", "O1", "O2"), 250, -3276.7, 3276.7, -32767, 32767, false);
        QualityMonitor m = new QualityMonitor(info);
        assertThat(m.lights()).isEmpty();
        java.util.Random r = new java.util.Random(1);
        int[] v = new int[4 * 300];
        for (int i = 0; i < 300; i++) {
            v[i * 4] = 123;                                                         // flat
            v[i * 4 + 1] = 32767;                                                   // railed
            v[i * 4 + 2] = (int) Math.round(10 * (15 * r.nextGaussian() + 40 * Math.sin(2 * Math.PI * 50 * i / 250.0)));
            v[i * 4 + 3] = (int) Math.round(10 * 15 * r.nextGaussian());
        }
        m.onBlock(new SampleBlock(0, 4, 300, v, 0));
        m.setImpedances(Map.of(4, 3.0));
        assertThat(m.lights()).containsExactly(ChannelQuality.FLAT, ChannelQuality.RAILED, ChannelQuality.LINE_NOISE,
                ChannelQuality.GOOD);
        m.setImpedances(Map.of(4, 60.0));
        assertThat(m.lights().get(3)).isEqualTo(ChannelQuality.HIGH_IMPEDANCE);
    }

    @Test
    void theSimulatedAmplifierLooksGoodLive() throws Exception {
        SimulatedAmplifier amp = new SimulatedAmplifier(8, 250, 2, 1.0);
        RecordingSession session = RecordingSession.start(Database.open(dir.resolve("q.db")), amp, SessionOptions.defaults());
        QualityMonitor m = new QualityMonitor(amp.info());
        session.addViewer(m);
        Thread.sleep(1300);
        List<ChannelQuality> lights = m.lights();
        session.stop();
        assertThat(lights).hasSize(8).containsOnly(ChannelQuality.GOOD);
    }
}
