package io.braingobrrr.acquisition.simulated;

import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.device.DeviceInfo;
import io.braingobrrr.acquisition.device.PacedStream;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.core.synth.SyntheticEeg;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A simulated amplifier (the default device on a fresh install): 1-64 channels with 10-20/10-10 labels, up
 * to 1000 Hz, EEG-like signals from {@link SyntheticEeg} (1/f background, posterior alpha that blocks on an
 * "Eyes open" marker, blinks, line noise, muscle bursts, occasional spikes), delivered in real time (or
 * faster) in 40 ms blocks,
 * 16-bit values of 0.1 µV. {@link #unplug()} imitates a pulled cable so sessions can be tested without hardware.
 */
public final class SimulatedAmplifier implements Device {
    public static final int MAX_CHANNELS = 64;
    public static final double MAX_RATE_HZ = 1000;
    private static final double PHYSICAL_LIMIT_UV = 3276.7;
    private static final int DIGITAL_LIMIT = 32767;

    private final int channels;
    private final double rate;
    private final long seed;
    private final double speed;
    private final DeviceInfo info;
    private SyntheticEeg eeg;
    private PacedStream stream;
    private volatile boolean plugged = true;
    private volatile SampleListener listener;
    /** Eye state asked for by a marker, applied by the stream thread (the generator is not thread-safe). */
    private volatile Boolean eyesRequest;
    private volatile boolean eyesPending;
    private SleepPatterns sleep;

    public SimulatedAmplifier(int channels, double rateHz, long seed, double speed) {
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new IllegalArgumentException("the simulated amplifier has 1.." + MAX_CHANNELS + " channels, not " + channels);
        }
        if (!(rateHz >= 1) || rateHz > MAX_RATE_HZ) {
            throw new IllegalArgumentException("the simulated amplifier samples at 1.." + (int) MAX_RATE_HZ + " Hz, not " + rateHz);
        }
        this.channels = channels;
        this.rate = rateHz;
        this.seed = seed;
        this.speed = speed;
        this.eeg = new SyntheticEeg(channels, rateHz, seed).withTransients();
        this.info = new DeviceInfo("Simulated amplifier", eeg.labels(), rateHz, -PHYSICAL_LIMIT_UV, PHYSICAL_LIMIT_UV,
                -DIGITAL_LIMIT, DIGITAL_LIMIT, false);
    }

    /**
     * Adds sleep-like patterns (spindles and K-complexes, slow waves, REM eye movements; see {@link SleepPatterns})
     * with the eyes closed, as in bed. Call before starting.
     */
    public synchronized SimulatedAmplifier withSleepPatterns() {
        if (sleep == null) sleep = new SleepPatterns(info.labels(), rate, seed);
        eeg.setEyesOpen(false);
        return this;
    }

    @Override
    public synchronized void open() throws DeviceException {
        if (!plugged) throw new DeviceException("simulated amplifier: unplugged");
    }

    @Override
    public DeviceInfo info() {
        return info;
    }

    @Override
    public synchronized void start(SampleListener l) throws DeviceException {
        if (!plugged) throw new DeviceException("simulated amplifier: unplugged");
        this.listener = l;
        int perBlock = Math.max(1, (int) Math.round(rate * 0.04));
        float[][] scratch = new float[channels][perBlock];
        stream = new PacedStream(rate, perBlock, speed);
        stream.start("simulated-amplifier", (out, first, count) -> {
            if (eyesPending) {
                eyesPending = false;
                eeg.setEyesOpen(eyesRequest);
            }
            eeg.nextBlock(scratch, 0, count);
            if (sleep != null) sleep.addTo(scratch, 0, count, channels);
            int[] values = new int[channels * count];
            for (int i = 0; i < count; i++) {
                for (int ch = 0; ch < channels; ch++) {
                    long v = Math.round(scratch[ch][i] * 10.0);
                    values[i * channels + ch] = (int) Math.max(-DIGITAL_LIMIT, Math.min(DIGITAL_LIMIT, v));
                }
            }
            out.onBlock(new SampleBlock(first, channels, count, values, 0));
            return true;
        }, l);
    }

    @Override
    public synchronized void stop() {
        if (stream != null) stream.stop();
        stream = null;
    }

    /** "Eyes open" blocks the posterior alpha, "Eyes closed" brings it back (case and spacing ignored). */
    @Override
    public void marker(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (t.equals("eyes open")) eyesRequest = true;
        else if (t.equals("eyes closed")) eyesRequest = false;
        else return;
        eyesPending = true;
    }

    /** Imitates a pulled USB cable: the stream stops, the listener hears it, {@link #open()} fails until replugged. */
    public void unplug() {
        PacedStream s;
        synchronized (this) {
            plugged = false;
            s = stream;
            stream = null;
        }
        if (s != null) s.stop();
        SampleListener l = listener;
        if (l != null) l.onDisconnected("simulated amplifier: cable pulled");
    }

    public synchronized void replug() {
        plugged = true;
    }

    /** Plausible electrode impedances (kΩ), the same for the same seed. */
    @Override
    public Map<Integer, Double> measureImpedance(double seconds) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        java.util.Random r = new java.util.Random(seed);
        for (int ch = 1; ch <= channels; ch++) out.put(ch, 2 + r.nextDouble() * 8);
        return out;
    }

    @Override
    public long droppedSamples() {
        return 0;
    }

    @Override
    public void close() {
        stop();
    }
}
