package io.braingobrrr.analysis.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NpzFileTest {
    @TempDir
    Path dir;

    /** A .npy entry built by hand from the format description (magic, version 1.0, header, data). */
    private static byte[] npy(String descr, String shape, byte[] data) {
        String h = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + shape + "), }";
        while ((10 + h.length() + 1) % 64 != 0) h += " ";
        h += "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + h.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 1).put((byte) 0);
        b.putShort((short) h.length()).put(h.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        return b.array();
    }

    private Path npz(String entry, byte[] content) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
        }
        Path p = dir.resolve("a.npz");
        Files.write(p, o.toByteArray());
        return p;
    }

    @Test
    void readsATwoByThreeFloat64Array() throws Exception {
        ByteBuffer d = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : new double[] {1, 2, 3, -4, 5.5, 6}) d.putDouble(v);
        NpzFile.Array a = NpzFile.read(npz("data.npy", npy("<f8", "2, 3", d.array()))).get("data");
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.row(1)).containsExactly(-4, 5.5, 6);
    }

    @Test
    void brokenInputNamesTheEntryAndTheProblem() throws Exception {
        assertThatThrownBy(() -> NpzFile.read(npz("x.npy", "not numpy".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("x.npy").hasMessageContaining("no .npy magic at byte 0");
        assertThatThrownBy(() -> NpzFile.read(npz("x.npy", npy("<f8", "10,", new byte[16]))))
                .hasMessageContaining("10 values of <f8 need 80 bytes");
        Path notZip = dir.resolve("b.npz");
        Files.writeString(notZip, "plain text");
        assertThatThrownBy(() -> NpzFile.read(notZip)).hasMessageContaining("b.npz");
    }
}
