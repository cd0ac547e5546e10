package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.KComplexDetector;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatV5AndKComplexTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheCompressedDreamsEpoch() throws IOException {
        // MANIFEST: fs = 200 (uint8), x_in 1x6000 float64 in 0.5 µV steps, x_ex3 the same with ~85 % NaN.
        Map<String, double[]> m = MatV5Reader.read(SharedData.data("sleep/dreams/kcomplexes/excerpt1_ep18_kcomplex.mat"));
        assertThat(m.get("fs")).containsExactly(200.0);
        assertThat(m.get("x_in")).hasSize(6000);
        assertThat(Arrays.stream(m.get("x_in")).allMatch(v -> Math.abs(v * 2 - Math.rint(v * 2)) < 1e-9)).isTrue();
        long nan = Arrays.stream(m.get("x_ex3")).filter(Double::isNaN).count();
        assertThat(nan).isBetween(4500L, 5700L);
    }

    @Test
    void readsAnUncompressedHandWrittenMatrix() throws IOException {
        // A level-5 file written here byte by byte: one 1x3 double matrix "v" = {1.5, -2, 3}.
        ByteBuffer m = ByteBuffer.allocate(8 + 16 + 16 + 8 + 8 + 24).order(ByteOrder.LITTLE_ENDIAN);
        m.putInt(14).putInt(16 + 16 + 8 + 8 + 24);                 // miMATRIX and its size
        m.putInt(6).putInt(8).putInt(6).putInt(0);                 // array flags: class 6 = double
        m.putInt(5).putInt(8).putInt(1).putInt(3);                 // dimensions 1 x 3
        m.putInt((1 << 16) | 1).put((byte) 'v').put(new byte[3]);  // small element: name "v"
        m.putInt(9).putInt(24).putDouble(1.5).putDouble(-2).putDouble(3);
        ByteBuffer file = ByteBuffer.allocate(128 + m.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        byte[] text = String.format("%-116s", "MATLAB 5.0 MAT-file, written by a test").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        file.put(text).put(new byte[8]).putShort((short) 0x0100).put((byte) 'I').put((byte) 'M').put(m.array());
        Path f = write("v.mat", file.array());
        assertThat(MatV5Reader.read(f).get("v")).containsExactly(1.5, -2.0, 3.0);
    }

    @Test
    void brokenMatFiles() throws IOException {
        Path text = Files.writeString(tmp.resolve("a.mat"), "hello");
        assertThatThrownBy(() -> MatV5Reader.read(text)).isInstanceOf(DataFormatException.class).hasMessageContaining("not a MATLAB 5");
        byte[] real = Files.readAllBytes(SharedData.data("sleep/dreams/kcomplexes/excerpt1_ep18_kcomplex.mat"));
        Path truncated = write("t.mat", Arrays.copyOf(real, 600));
        assertThatThrownBy(() -> MatV5Reader.read(truncated)).hasMessageContaining("runs past the end");
        byte[] swapped = real.clone();
        swapped[126] = 'M';
        swapped[127] = 'I';
        Path bigEndian = write("b.mat", swapped);
        assertThatThrownBy(() -> MatV5Reader.read(bigEndian)).hasMessageContaining("big-endian");
        byte[] corrupt = real.clone();
        for (int i = 140; i < 170; i++) corrupt[i] = (byte) 0xAB;
        Path bad = write("c.mat", corrupt);
        assertThatThrownBy(() -> MatV5Reader.read(bad)).hasMessageContaining("corrupt");
    }

    @Test
    void kComplexesInTheFiveDreamsEpochs() throws IOException {
        List<KComplexValidation.Row> rows = KComplexValidation.run(SharedData.data("sleep/dreams/kcomplexes"), KComplexDetector.standard());
        assertThat(rows).hasSize(5);
        assertThat(rows.stream().mapToInt(KComplexValidation.Row::reference).sum()).isEqualTo(15);   // 3+4+2+3+3 per MANIFEST
        EventMatching.Score s = rows.stream().map(KComplexValidation.Row::score).reduce(EventMatching.Score::plus).orElseThrow();
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.7);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

}
