package io.braingobrrr.acquisition.cyton;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Byte-level parsing and sample assembly, without a serial line. */
class PacketParserTest {
    private static int[] channels(int base) {
        int[] v = new int[8];
        for (int i = 0; i < 8; i++) v[i] = base + i;
        return v;
    }

    @Test
    void decodes24BitBigEndianTwosComplement() {
        byte[] p = CytonPacket.encode(7, new int[]{0, 1, -1, 8388607, -8388608, 0x123456, -2, 256}, 0xC0);
        // hand-made bytes for the extremes, not produced by encode: 0x7FFFFF and 0x800000
        assertThat(CytonPacket.int24(new byte[]{0x7F, (byte) 0xFF, (byte) 0xFF}, 0)).isEqualTo(8388607);
        assertThat(CytonPacket.int24(new byte[]{(byte) 0x80, 0, 0}, 0)).isEqualTo(-8388608);
        assertThat(CytonPacket.int24(new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFE}, 0)).isEqualTo(-2);
        assertThat(p[0] & 0xFF).isEqualTo(0xA0);
        assertThat(p[32] & 0xFF).isEqualTo(0xC0);
        CytonPacket d = CytonPacket.decode(p, 0);
        assertThat(d.counter()).isEqualTo(7);
        assertThat(d.channels()).containsExactly(0, 1, -1, 8388607, -8388608, 0x123456, -2, 256);
    }

    @Test
    void resyncsAfterGarbageAndBrokenPackets() {
        List<CytonPacket> got = new ArrayList<>();
        PacketParser parser = new PacketParser(got::add);
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes("OpenBCI V3\n$$$".getBytes());
        s.writeBytes(CytonPacket.encode(1, channels(10), 0xC0));
        byte[] broken = CytonPacket.encode(2, channels(20), 0xC0);
        s.write(broken, 0, 20);                                   // a packet cut short
        s.writeBytes(new byte[]{(byte) 0xA0, 0x05, 0x00});          // a false header
        s.writeBytes(CytonPacket.encode(3, channels(30), 0xC6));
        byte[] all = s.toByteArray();
        for (int i = 0; i < all.length; i += 7) parser.feed(all, i, Math.min(7, all.length - i));   // odd split
        assertThat(got).extracting(CytonPacket::counter).containsExactly(1, 3);
        assertThat(got.get(1).channels()[0]).isEqualTo(30);
        assertThat(got.get(1).footer()).isEqualTo(0xC6);
        assertThat(parser.skippedBytes()).isEqualTo(14 + 20 + 3);
    }

    @Test
    void counterWrapAndLossesInCytonMode() {
        List<Long> indices = new ArrayList<>();
        SampleAssembler a = new SampleAssembler(false, (i, v) -> indices.add(i));
        for (int c : new int[]{253, 254, 255, 0, 1, 4, 5}) a.packet(new CytonPacket(c, channels(c), new byte[6], 0xC0));
        assertThat(indices).containsExactly(0L, 1L, 2L, 3L, 4L, 7L, 8L);
        assertThat(a.droppedSamples()).isEqualTo(2);
    }

    @Test
    void daisyPairsOddBoardWithNextEvenDaisyAcrossTheWrap() {
        List<int[]> samples = new ArrayList<>();
        List<Long> indices = new ArrayList<>();
        SampleAssembler a = new SampleAssembler(true, (i, v) -> {
            indices.add(i);
            samples.add(v);
        });
        // 254 (daisy, no partner: skipped), 255 board + 0 daisy, 1 board + 2 daisy, 3 board (lost partner), 5 + 6
        for (int c : new int[]{254, 255, 0, 1, 2, 3, 5, 6}) a.packet(new CytonPacket(c, channels(c * 10), new byte[6], 0xC0));
        assertThat(indices).containsExactly(0L, 1L, 3L);
        assertThat(samples.get(0)[0]).isEqualTo(2550);
        assertThat(samples.get(0)[8]).isEqualTo(0);
        assertThat(samples.get(1)[7]).isEqualTo(17);
        assertThat(samples.get(1)[15]).isEqualTo(27);
        assertThat(samples.get(2)[8]).isEqualTo(60);
        assertThat(a.droppedSamples()).isEqualTo(1);
    }

    @Test
    void daisyStreamStartingAtCounterZeroSkipsTheLoneFirstHalf() {
        List<Long> indices = new ArrayList<>();
        SampleAssembler a = new SampleAssembler(true, (i, v) -> indices.add(i));
        for (int c = 0; c < 5; c++) a.packet(new CytonPacket(c, channels(c), new byte[6], 0xC0));
        assertThat(indices).containsExactly(0L, 1L);
        assertThat(a.droppedSamples()).isZero();
    }
}
