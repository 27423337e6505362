package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {

    /** A 3×2×2 images file: magic, three dims, twelve bytes. */
    static byte[] images() {
        byte[] b = new byte[4 + 12 + 12];
        b[2] = 0x08;
        b[3] = 3;
        b[7] = 3;
        b[11] = 2;
        b[15] = 2;
        for (int i = 0; i < 12; i++) {
            b[16 + i] = (byte) (i * 20);
        }
        return b;
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    @Test
    void readsRawAndGzippedFilesAlike(@TempDir Path dir) throws IOException {
        Path raw = dir.resolve("a-idx3-ubyte");
        Path gz = dir.resolve("b.bin");               // no .gz name: detection is by content
        Files.write(raw, images());
        Files.write(gz, gzip(images()));
        IdxFile a = IdxFile.read(raw), b = IdxFile.read(gz);
        assertArrayEquals(new int[] {3, 2, 2}, a.dims());
        assertArrayEquals(a.data(), b.data());
        assertEquals((byte) 220, a.data()[11]);
        assertEquals(3, b.count());
    }

    @Test
    void truncatedDataIsReportedWithCounts() {
        byte[] cut = Arrays.copyOf(images(), images().length - 5);
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxFile.read(new ByteArrayInputStream(cut), "digits.idx"));
        assertTrue(e.getMessage().contains("digits.idx is truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 12"), e.getMessage());
        assertTrue(e.getMessage().contains("found 7"), e.getMessage());
    }

    @Test
    void truncatedGzipIsReported() throws IOException {
        byte[] gz = gzip(images());
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxFile.read(new ByteArrayInputStream(cut), "x.gz"));
        assertTrue(e.getMessage().startsWith("x.gz"), e.getMessage());
    }

    @Test
    void wrongMagicTypeAndTrailingBytesAreRejected() {
        byte[] notIdx = images();
        notIdx[0] = 'P';
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxFile.read(new ByteArrayInputStream(notIdx), "f"))
                .getMessage().contains("not an IDX file"));
        byte[] floats = images();
        floats[2] = 0x0D;
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxFile.read(new ByteArrayInputStream(floats), "f"))
                .getMessage().contains("only unsigned bytes"));
        byte[] longer = Arrays.copyOf(images(), images().length + 3);
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxFile.read(new ByteArrayInputStream(longer), "f"))
                .getMessage().contains("unexpected bytes"));
        byte[] zeroDim = images();
        zeroDim[7] = 0;
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxFile.read(new ByteArrayInputStream(zeroDim), "f"))
                .getMessage().contains("non-positive"));
    }

    @Test
    void labelCountsMustMatchImageCounts() throws IOException {
        IdxFile img = IdxFile.read(new ByteArrayInputStream(images()), "img");
        byte[] labels = {0, 0, 8, 1, 0, 0, 0, 2, 4, 5};    // only two labels for three images
        IdxFile lab = IdxFile.read(new ByteArrayInputStream(labels), "lab");
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> Dataset.of("set", img, lab));
        assertTrue(e.getMessage().contains("3 images but 2 labels"), e.getMessage());
    }
}
