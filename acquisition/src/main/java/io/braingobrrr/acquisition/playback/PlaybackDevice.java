package io.braingobrrr.acquisition.playback;

import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.device.DeviceInfo;
import io.braingobrrr.acquisition.device.PacedStream;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays an EDF/BDF (any file {@link RecordingReader} opens) as if it were an amplifier, at 1x or faster.
 * A device has one rate, so the signals played are those at the file's highest sample rate (the others are
 * listed in {@link #skippedSignals()}); values are the file's digital samples, so what is recorded is
 * sample-exact to the file when their digital and physical ranges agree (the first signal's are used).
 */
public final class PlaybackDevice implements Device {
    private final Path file;
    private final double speed;
    private SignalSource source;
    private DeviceInfo info;
    private int[] played;
    private final List<String> skipped = new ArrayList<>();
    private PacedStream stream;

    public PlaybackDevice(Path file, double speed) {
        if (!(speed > 0)) throw new IllegalArgumentException("playback speed must be > 0, not " + speed);
        this.file = file;
        this.speed = speed;
    }

    @Override
    public synchronized void open() throws DeviceException {
        if (source != null) return;
        try {
            source = RecordingReader.open(file);
        } catch (IOException | RuntimeException e) {
            throw new DeviceException(file + ": cannot play back: " + e.getMessage(), e);
        }
        double best = 0;
        for (SignalInfo s : source.signals()) best = Math.max(best, s.sampleRateHz());
        List<Integer> chosen = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < source.signals().size(); i++) {
            SignalInfo s = source.signals().get(i);
            if (s.sampleRateHz() == best) {
                chosen.add(i);
                labels.add(s.label());
            } else {
                skipped.add(s.label());
            }
        }
        if (chosen.isEmpty()) throw new DeviceException(file + ": has no signal to play back");
        played = chosen.stream().mapToInt(Integer::intValue).toArray();
        SignalInfo first = source.signals().get(played[0]);
        info = new DeviceInfo("Playback of " + file.getFileName(), labels, best, first.physicalMin(), first.physicalMax(),
                first.digitalMin(), first.digitalMax(), source.format().is24Bit());
    }

    @Override
    public List<SignalInfo> channelHeaders() {
        List<SignalInfo> out = new ArrayList<>();
        for (int i : played) out.add(source.signals().get(i));
        return out;
    }

    public List<String> skippedSignals() {
        return List.copyOf(skipped);
    }

    @Override
    public DeviceInfo info() {
        if (info == null) throw new IllegalStateException("open the playback device first");
        return info;
    }

    @Override
    public synchronized void start(SampleListener listener) throws DeviceException {
        if (source == null) open();
        long total = source.sampleCount(played[0]);
        int perBlock = Math.max(1, (int) Math.round(info.sampleRateHz() * 0.04));
        int n = played.length;
        int[] column = new int[perBlock];
        stream = new PacedStream(info.sampleRateHz(), perBlock, speed);
        stream.start("playback", (out, first, count) -> {
            if (first >= total) return false;
            int c = (int) Math.min(count, total - first);
            int[] values = new int[n * c];
            for (int k = 0; k < n; k++) {
                source.readDigital(played[k], first, column, 0, c);
                for (int i = 0; i < c; i++) values[i * n + k] = column[i];
            }
            out.onBlock(new SampleBlock(first, n, c, values, 0));
            return true;
        }, listener);
    }

    @Override
    public synchronized void stop() {
        if (stream != null) stream.stop();
        stream = null;
    }

    @Override
    public Map<Integer, Double> measureImpedance(double seconds) {
        return Map.of();
    }

    @Override
    public long droppedSamples() {
        return 0;
    }

    @Override
    public synchronized void close() {
        stop();
        if (source != null) {
            try {
                source.close();
            } catch (Exception ignored) {
                // read-only file
            }
            source = null;
        }
    }
}
