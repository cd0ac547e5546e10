package io.braingobrrr.acquisition.cyton;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A Cyton (or Cyton + Daisy) as the PC sees it through the dongle, written from OpenBCI's SDK and data
 * format pages: answers v/d/x..X/z..Z/~n with text ending in "$$$", streams 33-byte packets after 'b'
 * at the real packet rate until 's'. Channel values are a known function of sample index and channel in
 * µV ({@link #trueMicrovolts}), digitised at the channel's current gain, so tests can check scaling.
 * Faults on demand: silence, terse replies without "$$$", garbage, lost packets.
 */
final class CytonEmulator implements AutoCloseable {
    enum Replies { FULL, NO_DOLLARS, NONE }

    private final boolean daisy;
    private final Replies replies;
    private final InputStream in;
    private final OutputStream out;
    private final Thread commands;
    private final int[] gains;
    private final boolean[] leadOff;
    private final double[] offsetUv;
    private static final int RAIL = (1 << 23) - 1;
    private volatile Thread streamer;
    private volatile boolean streaming;
    private volatile boolean closed;
    private volatile int dropPackets;
    private volatile byte[] garbage;
    private volatile int packetRateHz = 250;
    private int counter;
    private long sample;

    CytonEmulator(Path pty, boolean daisy, Replies replies) throws IOException {
        this.daisy = daisy;
        this.replies = replies;
        this.gains = new int[daisy ? 16 : 8];
        Arrays.fill(gains, 24);
        this.leadOff = new boolean[gains.length];
        this.offsetUv = new double[gains.length];
        this.in = new FileInputStream(pty.toFile());
        this.out = new FileOutputStream(pty.toFile());
        commands = new Thread(this::commandLoop, "cyton-emulator");
        commands.setDaemon(true);
        commands.start();
    }

    /** The signal the emulated electrodes carry: a 5 Hz sine of 50 + 10·channel µV, phase by channel. */
    static double trueMicrovolts(long sample, int channel, double rateHz) {
        return (50 + 10 * channel) * Math.sin(2 * Math.PI * 5 * sample / rateHz + channel);
    }

    /**
     * With the lead-off current on, the channel shows the 31.25 Hz drive across the electrode: for an
     * electrode of {@link #impedanceKohm} (plus the board's 2.2 kΩ) that is a sine of Z x 6 nA peak.
     */
    static double leadOffMicrovolts(long sample, int channel, double rateHz) {
        double peakUv = (impedanceKohm(channel) * 1000 + 2200) * 6e-9 * 1e6;
        return peakUv * Math.sin(2 * Math.PI * 31.25 * sample / rateHz);
    }

    /** The emulated electrode impedances: 5 kΩ plus 2 kΩ per channel number. */
    static double impedanceKohm(int channel) {
        return 5 + 2 * channel;
    }

    /** The next {@code n} packets are lost in the radio (their counters are skipped). */
    void dropPackets(int n) {
        dropPackets = n;
    }

    /** Sends these bytes between two packets. */
    void injectGarbage(byte[] bytes) {
        garbage = bytes;
    }

    /** A DC electrode offset on one channel (dry electrodes reach hundreds of mV), added to its signal. */
    synchronized void setOffsetMicrovolts(int channel, double uv) {
        offsetUv[channel - 1] = uv;
    }

    synchronized int gain(int channel) {
        return gains[channel - 1];
    }

    private void commandLoop() {
        try {
            int c;
            while (!closed && (c = in.read()) >= 0) {
                switch (c) {
                    case 'v' -> reply("OpenBCI V3 8-16 channel\nOn Board ADS1299 Device ID: 0x3E\n"
                            + (daisy ? "On Daisy ADS1299 Device ID: 0x3E\n" : "") + "LIS3DH Device ID: 0x33\nFirmware: v3.1.2\n");
                    case 'd' -> {
                        synchronized (this) {
                            Arrays.fill(gains, 24);
                        }
                        reply("updating channel settings to default");
                    }
                    case 'b' -> startStreaming();
                    case 's' -> stopStreaming();
                    case 'x' -> channelSettings(readExactly(8));
                    case 'z' -> {
                        String z = readExactly(4);          // CHANNEL PCHAN NCHAN 'Z'
                        int ch = "12345678QWERTYUI".indexOf(z.charAt(0));
                        synchronized (this) {
                            if (ch >= 0 && ch < leadOff.length) leadOff[ch] = z.charAt(1) == '1';
                        }
                        reply("Success: Lead off set for " + (ch + 1));
                    }
                    case '~' -> {
                        int code = in.read() - '0';
                        reply("Success: Sample rate is " + CytonCommands.RATES[code] + "Hz");
                    }
                    default -> { }   // channel on/off characters and anything unknown: silently accepted
                }
            }
        } catch (IOException e) {
            // the pty went away (socat killed): the emulated board is unplugged
        } finally {
            streaming = false;
        }
    }

    private void channelSettings(String s) throws IOException {
        // s = CHANNEL POWER GAIN INPUT BIAS SRB2 SRB1 'X'
        int channel = "12345678QWERTYUI".indexOf(s.charAt(0)) + 1;
        if (channel == 0 || s.charAt(7) != 'X' || channel > gains.length) {
            reply("Failure: too few chars");
            return;
        }
        synchronized (this) {
            gains[channel - 1] = CytonCommands.GAINS[s.charAt(2) - '0'];
        }
        reply("Success: Channel set for " + channel);
    }

    private String readExactly(int n) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int c = in.read();
            if (c < 0) throw new IOException("the line closed inside a command");
            sb.append((char) c);
        }
        return sb.toString();
    }

    private void reply(String text) throws IOException {
        if (replies == Replies.NONE) return;
        boolean dollars = replies == Replies.FULL;
        writeOut((text + (dollars ? "$$$" : "")).getBytes(StandardCharsets.US_ASCII));
    }

    private synchronized void writeOut(byte[] b) throws IOException {
        out.write(b);
        out.flush();
    }

    private void startStreaming() {
        if (streaming) return;
        streaming = true;
        counter = 0;
        sample = 0;
        streamer = new Thread(this::streamLoop, "cyton-emulator-stream");
        streamer.setDaemon(true);
        streamer.start();
    }

    private void stopStreaming() {
        streaming = false;
        Thread t = streamer;
        if (t != null) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void streamLoop() {
        long period = 1_000_000_000L / packetRateHz;
        long next = System.nanoTime();
        try {
            while (streaming && !closed) {
                sendPacket();
                next += period;
                long wait = next - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (IOException | InterruptedException e) {
            streaming = false;
        }
    }

    /** One packet: Cyton sends sample k with counter k; Daisy sends board half (odd) then daisy half (even). */
    private void sendPacket() throws IOException {
        byte[] g = garbage;
        if (g != null) {
            garbage = null;
            writeOut(g);
        }
        int c = counter;
        counter = (counter + 1) & 0xFF;
        boolean daisyHalf = daisy && (c & 1) == 0;
        long k = daisy ? (sample + 1) / 2 : sample;   // pair (2m+1, 2m+2) is one sample
        sample++;
        if (dropPackets > 0) {
            dropPackets--;
            return;
        }
        int[] values = new int[8];
        double rate = daisy ? packetRateHz / 2.0 : packetRateHz;
        synchronized (this) {
            for (int i = 0; i < 8; i++) {
                int ch = daisyHalf ? i + 9 : i + 1;
                double uv = (leadOff[ch - 1] ? leadOffMicrovolts(k, ch, rate) : trueMicrovolts(k, ch, rate)) + offsetUv[ch - 1];
                long count = Math.round(uv / CytonBoard.microvoltsPerCount(gains[ch - 1]));
                values[i] = (int) Math.max(-RAIL, Math.min(RAIL, count));        // the ADC saturates
            }
        }
        writeOut(CytonPacket.encode(c, values, 0xC0));
    }

    @Override
    public void close() throws IOException {
        closed = true;
        streaming = false;
        in.close();
        out.close();
    }
}
