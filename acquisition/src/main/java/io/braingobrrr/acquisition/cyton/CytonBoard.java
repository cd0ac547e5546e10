package io.braingobrrr.acquisition.cyton;

import com.fazecast.jSerialComm.SerialPort;
import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.device.DeviceInfo;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.acquisition.device.SerialPorts;
import io.braingobrrr.core.recording.SignalInfo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenBCI Cyton (8 channels, 250 Hz) or Cyton + Daisy (16 channels, 125 Hz per channel) on a serial port
 * at 115200 8N1: the dongle's FTDI port, or any path (a pseudo-terminal in tests).
 *
 * <p>Each channel is stored on the scale of its own gain: full scale ±4.5 V / gain (±187.5 mV at the default
 * 24, ±4.5 V at gain 1), one count = 4.5 V / gain / (2^23 - 1), as {@link #channelHeaders()} describes. The
 * gains are fixed for a recording when its headers are taken; a channel whose gain changes later is rescaled
 * to the recording's gain for that channel (clipped at its rail if the new gain is lower), so one header
 * serves the whole recording.
 */
public final class CytonBoard implements Device {
    public static final int BAUD = 115200;
    private static final List<String> CYTON_LABELS = List.of("Fp1", "Fp2", "C3", "C4", "P7", "P8", "O1", "O2");
    private static final List<String> DAISY_LABELS = List.of("Fp1", "Fp2", "C3", "C4", "P7", "P8", "O1", "O2",
            "F7", "F8", "F3", "F4", "T7", "T8", "P3", "P4");
    private static final int MAX_COUNT = (1 << 23) - 1;
    /** Blocks of 40 ms: 25 per second are enough for a live view and cheap to pass on. */
    private static final double BLOCK_SECONDS = 0.04;

    private final String path;
    private final boolean daisy;
    private final CytonTiming timing;
    private final int[] gains;
    /** The gains the stored headers describe (taken by {@link #channelHeaders()}); null until then. */
    private int[] headerGains;
    private volatile SerialPort port;
    private volatile Thread reader;
    private volatile boolean streaming;
    private volatile long dropped;
    private volatile String lastReply = "";
    private int rateHz = 250;

    public CytonBoard(String path, boolean daisy) {
        this(path, daisy, CytonTiming.DEFAULT);
    }

    public CytonBoard(String path, boolean daisy, CytonTiming timing) {
        this.path = path;
        this.daisy = daisy;
        this.timing = timing;
        this.gains = new int[daisy ? 16 : 8];
        Arrays.fill(gains, CytonCommands.DEFAULT_GAIN);
    }

    /**
     * Opens the port, soft-resets the board ('v', waits for "$$$") and restores defaults ('d'). A board that
     * sends nothing at all within the handshake time is an error; one that answers without "$$$" is accepted.
     * Gains set before (e.g. before a reconnect) are sent again.
     */
    @Override
    public synchronized void open() throws DeviceException {
        closePort();
        port = SerialPorts.open(path, BAUD, 50);
        write(String.valueOf(CytonCommands.STOP));
        drain(timing.settleMs());
        String reply = command(String.valueOf(CytonCommands.SOFT_RESET), timing.handshakeMs());
        if (reply.isEmpty()) {
            closePort();
            throw new DeviceException(path + ": the board did not answer the soft reset within " + timing.handshakeMs()
                    + " ms (is it switched on, and is the dongle's switch on GPIO_6?)");
        }
        command(String.valueOf(CytonCommands.DEFAULTS), timing.commandMs());
        for (int ch = 1; ch <= gains.length; ch++) {
            if (gains[ch - 1] != CytonCommands.DEFAULT_GAIN) sendChannelSettings(ch, gains[ch - 1]);
        }
    }

    /** The text of the last command reply (for diagnostics and tests). */
    public String lastReply() {
        return lastReply;
    }

    @Override
    public DeviceInfo info() {
        double fullScaleUv = 4.5e6 / CytonCommands.DEFAULT_GAIN;
        return new DeviceInfo(daisy ? "OpenBCI Cyton + Daisy" : "OpenBCI Cyton", daisy ? DAISY_LABELS : CYTON_LABELS,
                daisy ? rateHz / 2.0 : rateHz, -fullScaleUv, fullScaleUv, -MAX_COUNT, MAX_COUNT, true);
    }

    /**
     * One header per channel with the physical range of the channel's current gain (±4.5e6 / gain µV over
     * ±(2^23 - 1) counts); from now on samples are delivered on these scales.
     */
    @Override
    public synchronized List<SignalInfo> channelHeaders() {
        headerGains = gains.clone();
        DeviceInfo info = info();
        List<SignalInfo> out = new java.util.ArrayList<>(gains.length);
        for (int ch = 0; ch < gains.length; ch++) {
            double fullScaleUv = 4.5e6 / gains[ch];
            out.add(SignalInfo.of("EEG " + info.labels().get(ch), "AgAgCl electrode", "uV", -fullScaleUv, fullScaleUv,
                    -MAX_COUNT, MAX_COUNT, "gain " + gains[ch], 1, info.sampleRateHz()));
        }
        return out;
    }

    /** µV of one count at {@code gain}: 4.5 V / gain / (2^23 - 1). */
    public static double microvoltsPerCount(int gain) {
        return 4.5e6 / gain / MAX_COUNT;
    }

    public synchronized int gain(int channel) {
        return gains[channel - 1];
    }

    /** Sets a channel's gain (x...X, normal input, bias and SRB2 on as the defaults are); tracked for scaling. */
    public synchronized void setGain(int channel, int gain) throws DeviceException {
        CytonCommands.gainCode(gain);
        if (channel < 1 || channel > gains.length) {
            throw new IllegalArgumentException("channel must be 1.." + gains.length + ", not " + channel);
        }
        sendChannelSettings(channel, gain);
        gains[channel - 1] = gain;
    }

    public synchronized void setChannelOn(int channel, boolean on) throws DeviceException {
        if (channel > gains.length) throw new IllegalArgumentException("channel must be 1.." + gains.length);
        commandIfIdle(CytonCommands.channelOn(channel, on));
    }

    /** Lead-off current on the channel's P and/or N input (z...Z), for impedance checks. */
    public synchronized void setLeadOff(int channel, boolean p, boolean n) throws DeviceException {
        if (channel > gains.length) throw new IllegalArgumentException("channel must be 1.." + gains.length);
        commandIfIdle(CytonCommands.leadOff(channel, p, n));
    }

    /** '~n': the board's sample rate (the dongle's radio carries only 250 Hz reliably). */
    public synchronized void setSampleRate(int hz) throws DeviceException {
        String cmd = CytonCommands.sampleRate(hz);
        if (streaming) throw new DeviceException("stop streaming before changing the sample rate");
        commandIfIdle(cmd);
        rateHz = hz;
    }

    private void sendChannelSettings(int channel, int gain) throws DeviceException {
        commandIfIdle(CytonCommands.channelSettings(channel, false, gain, 0, true, true, false));
    }

    private void commandIfIdle(String cmd) throws DeviceException {
        if (streaming) write(cmd);            // replies are interleaved with packets; the parser skips them
        else command(cmd, timing.commandMs());
    }

    @Override
    public synchronized void start(SampleListener listener) throws DeviceException {
        if (port == null) throw new DeviceException(path + ": open the board before starting");
        if (streaming) return;
        double[] factor = new double[gains.length];
        for (int i = 0; i < gains.length; i++) factor[i] = (double) (headerGains == null ? gains[i] : headerGains[i]) / gains[i];
        DeviceInfo info = info();
        int perBlock = Math.max(1, (int) Math.round(info.sampleRateHz() * BLOCK_SECONDS));
        CytonStream stream = new CytonStream(daisy, factor, perBlock, listener);
        write(String.valueOf(CytonCommands.START));
        dropped = 0;
        streaming = true;
        SerialPort p = port;
        reader = new Thread(() -> {
            try {
                readLoop(p, stream, listener);
            } catch (RuntimeException e) {
                // A listener or parser bug must not end acquisition silently.
                disconnected(listener, path + ": reading stopped: " + e);
            }
        }, "cyton-reader " + path);
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop(SerialPort p, CytonStream stream, SampleListener listener) {
        byte[] buf = new byte[4096];
        long lastData = System.nanoTime();
        while (streaming) {
            int n = p.readBytes(buf, buf.length);
            if (n < 0 || !p.isOpen()) {
                disconnected(listener, "the serial port " + path + " failed (unplugged?)");
                return;
            }
            if (n > 0) {
                long before = stream.samples();
                stream.feed(buf, n);
                if (stream.samples() > before) lastData = System.nanoTime();
                dropped = stream.dropped();
            }
            if (System.nanoTime() - lastData > timing.silenceMs() * 1_000_000L) {
                disconnected(listener, "no data from " + path + " for " + timing.silenceMs() + " ms (unplugged?)");
                return;
            }
        }
        stream.flush();
    }

    private void disconnected(SampleListener listener, String reason) {
        streaming = false;
        closePort();
        listener.onDisconnected(reason);
    }

    @Override
    public synchronized void stop() throws DeviceException {
        if (!streaming) return;
        streaming = false;
        write(String.valueOf(CytonCommands.STOP));
        joinReader();
        drain(timing.settleMs());
    }

    @Override
    public synchronized Map<Integer, Double> measureImpedance(double seconds) throws DeviceException {
        return new TreeMap<>(new ImpedanceCheck(this, gains.length).run(seconds));
    }

    @Override
    public long droppedSamples() {
        return dropped;
    }

    @Override
    public synchronized void close() {
        streaming = false;
        joinReader();
        closePort();
    }

    private void joinReader() {
        Thread t = reader;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reader = null;
    }

    private void closePort() {
        SerialPort p = port;
        port = null;
        if (p != null) p.closePort();
    }

    private void write(String text) throws DeviceException {
        SerialPort p = port;
        if (p == null) throw new DeviceException(path + ": the board is not connected");
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        if (p.writeBytes(b, b.length) != b.length) throw new DeviceException(path + ": cannot write to the serial port");
    }

    /** Sends {@code cmd} and collects the reply until "$$$" or {@code timeoutMs} (then returns what came). */
    private String command(String cmd, int timeoutMs) throws DeviceException {
        write(cmd);
        StringBuilder reply = new StringBuilder();
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        byte[] buf = new byte[256];
        while (System.nanoTime() < deadline && reply.indexOf("$$$") < 0) {
            int n = port.readBytes(buf, buf.length);
            if (n < 0) throw new DeviceException(path + ": the serial port failed during '" + cmd + "'");
            reply.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
        }
        lastReply = reply.toString();
        return lastReply;
    }

    private void drain(int ms) {
        SerialPort p = port;
        if (p == null) return;
        long deadline = System.nanoTime() + ms * 1_000_000L;
        byte[] buf = new byte[1024];
        while (System.nanoTime() < deadline) {
            if (p.readBytes(buf, buf.length) <= 0 && p.bytesAvailable() <= 0) break;
        }
    }

    /** Streams {@code seconds} with the listener given (used by the impedance check). */
    void streamFor(double seconds, SampleListener listener) throws DeviceException {
        start(listener);
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }
}
