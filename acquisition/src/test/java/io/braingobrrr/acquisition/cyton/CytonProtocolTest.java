package io.braingobrrr.acquisition.cyton;

import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The driver against the emulator over a real socat pseudo-terminal pair, opened by path with jSerialComm. */
class CytonProtocolTest {
    private static final CytonTiming FAST = new CytonTiming(1500, 300, 50, 600);
    private static final double UV24 = CytonBoard.microvoltsPerCount(24);

    @TempDir
    Path dir;
    private SocatLink link;
    private CytonEmulator emulator;
    private CytonBoard board;

    @BeforeAll
    static void needsSocat() {
        assumeTrue(SocatLink.available(), "socat is not installed (apt-get install socat): protocol tests skipped");
    }

    @BeforeEach
    void link() throws Exception {
        link = new SocatLink(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (board != null) board.close();
        if (emulator != null) emulator.close();
        link.close();
    }

    private CytonBoard connect(boolean daisy, CytonEmulator.Replies replies) throws Exception {
        emulator = new CytonEmulator(link.boardPath(), daisy, replies);
        board = new CytonBoard(link.hostPath().toString(), daisy, FAST);
        board.open();
        return board;
    }

    /** Starts streaming and waits until {@code samples} arrived. */
    private Collector streamAtLeast(long samples, long timeoutMs) throws Exception {
        Collector c = new Collector();
        board.start(c);
        c.awaitSamples(samples, timeoutMs);
        return c;
    }

    /** The value the driver must deliver for emulator sample k, channel ch: the true µV on the gain-24 scale. */
    private static int expectedCount(long k, int ch, double rate) {
        return (int) Math.round(CytonEmulator.trueMicrovolts(k, ch, rate) / UV24);
    }

    @Test
    void handshakeAndStreamingDeliverScaledSamples() throws Exception {
        connect(false, CytonEmulator.Replies.FULL);
        assertThat(board.lastReply()).endsWith("$$$");
        assertThat(board.info().channelCount()).isEqualTo(8);
        assertThat(board.info().sampleRateHz()).isEqualTo(250.0);
        Collector c = streamAtLeast(300, 5000);
        board.stop();
        Map<Long, Integer> ch3 = c.channel(3);
        for (long k = 0; k < 300; k++) assertThat(ch3.get(k)).as("sample %d", k).isEqualTo(expectedCount(k, 3, 250));
        assertThat(board.droppedSamples()).isZero();
        // µV = count x 4.5 V / 24 / (2^23 - 1): a count of 1000 is 22.35 µV
        assertThat(1000 * UV24).isCloseTo(22.352, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void garbageBetweenPacketsIsSkippedAndStreamResyncs() throws Exception {
        connect(false, CytonEmulator.Replies.FULL);
        Collector c = streamAtLeast(50, 5000);
        // A fake header inside the garbage: the parser must not take it as a packet start.
        emulator.injectGarbage(new byte[]{0x41, (byte) 0xA0, 0x00, 0x13, 'S', 'u', 'c', (byte) 0xA0, (byte) 0xC0, 0x7F});
        c.awaitSamples(200, 5000);
        board.stop();
        Map<Long, Integer> ch1 = c.channel(1);
        long last = ((java.util.TreeMap<Long, Integer>) ch1).lastKey();
        for (long k = 0; k <= last; k++) assertThat(ch1.get(k)).as("sample %d", k).isEqualTo(expectedCount(k, 1, 250));
        assertThat(board.droppedSamples()).isZero();
    }

    @Test
    void counterWrapsFrom255To0WithoutLoss() throws Exception {
        connect(false, CytonEmulator.Replies.FULL);
        Collector c = streamAtLeast(600, 8000);          // more than two full counter cycles
        board.stop();
        assertThat(board.droppedSamples()).isZero();
        Map<Long, Integer> ch8 = c.channel(8);
        assertThat(ch8.get(255L)).isEqualTo(expectedCount(255, 8, 250));
        assertThat(ch8.get(256L)).isEqualTo(expectedCount(256, 8, 250));
        assertThat(ch8.get(520L)).isEqualTo(expectedCount(520, 8, 250));
    }

    @Test
    void lostPacketsAreCountedAndTheIndexJumps() throws Exception {
        connect(false, CytonEmulator.Replies.FULL);
        Collector c = streamAtLeast(40, 5000);
        emulator.dropPackets(7);
        c.awaitSamples(150, 5000);
        board.stop();
        assertThat(board.droppedSamples()).isEqualTo(7);
        SampleBlock after = c.blocks.stream().filter(b -> b.dropped() > 0).findFirst().orElseThrow();
        assertThat(after.dropped()).isEqualTo(7);
        // the samples after the loss still carry their own time
        assertThat(after.value(0, 0)).isEqualTo(expectedCount(after.firstSample(), 1, 250));
    }

    @Test
    void eachChannelIsDeliveredOnTheScaleOfItsOwnGain() throws Exception {
        connect(false, CytonEmulator.Replies.FULL);
        board.setGain(2, 8);
        assertThat(board.lastReply()).contains("Success: Channel set for 2");
        assertThat(emulator.gain(2)).isEqualTo(8);
        List<SignalInfo> headers = board.channelHeaders();
        assertThat(headers.get(1).physicalMax()).isCloseTo(4.5e6 / 8, within(1e-6));     // ±562.5 mV at gain 8
        assertThat(headers.get(0).physicalMax()).isCloseTo(4.5e6 / 24, within(1e-6));    // ±187.5 mV at gain 24
        assertThat(headers.get(1).gain()).isCloseTo(CytonBoard.microvoltsPerCount(8), within(1e-12));
        Collector c = streamAtLeast(100, 5000);
        board.stop();
        Map<Long, Integer> ch2 = c.channel(2);
        for (long k = 0; k < 100; k++) {
            int atGain8 = (int) Math.round(CytonEmulator.trueMicrovolts(k, 2, 250) / CytonBoard.microvoltsPerCount(8));
            assertThat(ch2.get(k)).as("sample %d", k).isEqualTo(atGain8);
        }
        assertThatThrownBy(() -> board.setGain(2, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gain");
    }

    @Test
    void gainChangedAfterTheHeadersIsRescaledToTheRecordedGain() throws Exception {
        connect(false, CytonEmulator.Replies.FULL);
        board.channelHeaders();                      // the recording's headers: every channel at gain 24
        board.setGain(2, 8);
        Collector c = streamAtLeast(100, 5000);
        board.stop();
        Map<Long, Integer> ch2 = c.channel(2);
        for (long k = 0; k < 100; k++) {
            // at gain 8 one count is 3 gain-24 counts: rescaled values are within 2 counts of the truth
            assertThat((double) ch2.get(k)).as("sample %d", k)
                    .isCloseTo(expectedCount(k, 2, 250), org.assertj.core.data.Offset.offset(2.0));
        }
    }

    @Test
    void daisyPairsOddAndEvenPacketsInto16ChannelSamples() throws Exception {
        connect(true, CytonEmulator.Replies.FULL);
        assertThat(board.info().channelCount()).isEqualTo(16);
        assertThat(board.info().sampleRateHz()).isEqualTo(125.0);
        Collector c = streamAtLeast(200, 8000);          // 400 packets: the counter wraps
        emulator.dropPackets(1);            // the board half of one pair: that sample is lost
        c.awaitSamples(260, 5000);
        board.stop();
        for (int ch : new int[]{1, 8, 9, 16}) {
            Map<Long, Integer> values = c.channel(ch);
            for (long i = 0; i < 200; i++) {
                assertThat(values.get(i)).as("channel %d sample %d", ch, i).isEqualTo(expectedCount(i + 1, ch, 125));
            }
        }
        assertThat(board.droppedSamples()).isEqualTo(1);
    }

    @Test
    void unplugIsReportedAndReconnectResumes() throws Exception {
        connect(false, CytonEmulator.Replies.FULL);
        Collector c = streamAtLeast(50, 5000);
        link.kill();                                  // cable pulled
        emulator.close();
        assertThat(c.awaitDisconnect(5000)).isTrue();
        assertThat(c.disconnect).contains(link.hostPath().toString());
        assertThatThrownBy(() -> board.open()).isInstanceOf(DeviceException.class);   // still unplugged
        link.start();                                 // plugged back in: same path
        emulator = new CytonEmulator(link.boardPath(), false, CytonEmulator.Replies.FULL);
        board.open();
        Collector again = new Collector();
        board.start(again);
        again.awaitSamples(50, 5000);
        board.stop();
        assertThat(again.channel(1).get(10L)).isEqualTo(expectedCount(10, 1, 250));
    }

    @Test
    void aBoardThatNeverAnswersFailsWithAClearMessage() throws Exception {
        emulator = new CytonEmulator(link.boardPath(), false, CytonEmulator.Replies.NONE);
        board = new CytonBoard(link.hostPath().toString(), false, FAST);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> board.open()).isInstanceOf(DeviceException.class)
                .hasMessageContaining("did not answer the soft reset").hasMessageContaining(link.hostPath().toString());
        assertThat((System.nanoTime() - t0) / 1e6).isLessThan(5000);
    }

    @Test
    void aBoardThatAnswersWithoutDollarsIsAcceptedAfterTimeouts() throws Exception {
        connect(false, CytonEmulator.Replies.NO_DOLLARS);
        assertThat(board.lastReply()).contains("updating channel settings").doesNotContain("$$$");
        board.setGain(1, 12);
        assertThat(emulator.gain(1)).isEqualTo(12);
        Collector c = streamAtLeast(20, 5000);
        board.stop();
        assertThat(c.samples()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void impedanceFromTheLeadOffDrive() throws Exception {
        connect(false, CytonEmulator.Replies.FULL);
        Map<Integer, Double> kohm = board.measureImpedance(1.0);
        assertThat(kohm).hasSize(8);
        for (int ch = 1; ch <= 8; ch++) {
            assertThat(kohm.get(ch)).as("channel %d", ch).isCloseTo(CytonEmulator.impedanceKohm(ch),
                    org.assertj.core.data.Offset.offset(0.5));
        }
        assertThat(board.lastReply()).contains("Lead off set for 8");
    }

    @Test
    void ptysAreNotListedButOpenByPath() throws Exception {
        String real = link.hostPath().toRealPath().toString();
        assertThat(io.braingobrrr.acquisition.device.SerialPorts.list())
                .extracting(io.braingobrrr.acquisition.device.SerialPorts.PortDescription::path).doesNotContain(real);
        connect(false, CytonEmulator.Replies.FULL);
        assertThat(board.lastReply()).contains("updating channel settings");
    }

    @Test
    void aPathThatDoesNotExistIsNamed() {
        board = new CytonBoard(dir.resolve("nope").toString(), false, FAST);
        assertThatThrownBy(() -> board.open()).isInstanceOf(DeviceException.class).hasMessageContaining("no such serial port");
    }
}
