package org.receptive.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * An IDX file of unsigned bytes (LeCun's MNIST format): magic {@code 0 0 0x08 dims}, then one
 * big-endian int per dimension, then exactly the product of the dimensions in bytes. Raw or gzipped
 * (detected by the gzip magic, not the file name).
 */
public record IdxFile(int[] dims, byte[] data) {

    private static final int UNSIGNED_BYTE = 0x08;

    /** Reads and validates an IDX file. */
    public static IdxFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads and validates an IDX stream called {@code name} (used in messages). */
    public static IdxFile read(InputStream raw, String name) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(raw, 2);
        byte[] head = peek.readNBytes(2);
        peek.unread(head);
        InputStream in = new BufferedInputStream(peek, 1 << 16);
        boolean gzipped = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        try {
            if (gzipped) {
                // The gzip header is read here already: a damaged one fails inside the try.
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4) {
                throw new IdxFormatException(name + " is too short to be an IDX file (" + magic.length + " bytes)");
            }
            if (magic[0] != 0 || magic[1] != 0) {
                throw new IdxFormatException(name + " is not an IDX file (it does not start with two zero bytes)");
            }
            if ((magic[2] & 0xff) != UNSIGNED_BYTE) {
                throw new IdxFormatException(name + " holds IDX type 0x" + Integer.toHexString(magic[2] & 0xff)
                        + "; only unsigned bytes (0x08) are supported");
            }
            int count = magic[3] & 0xff;
            if (count < 1 || count > 4) {
                throw new IdxFormatException(name + " claims " + count + " dimensions; expected 1 to 4");
            }
            byte[] header = in.readNBytes(4 * count);
            if (header.length < 4 * count) {
                throw new IdxFormatException(name + " is truncated inside its header");
            }
            int[] dims = new int[count];
            long total = 1;
            for (int i = 0; i < count; i++) {
                dims[i] = ((header[4 * i] & 0xff) << 24) | ((header[4 * i + 1] & 0xff) << 16)
                        | ((header[4 * i + 2] & 0xff) << 8) | (header[4 * i + 3] & 0xff);
                if (dims[i] <= 0) {
                    throw new IdxFormatException(name + " has a non-positive size (" + dims[i] + ") in dimension " + (i + 1));
                }
                // Checked at each step: three sizes near 2^31 multiply past even a long.
                total *= dims[i];
                if (total > Integer.MAX_VALUE - 16) {
                    throw new IdxFormatException(String.format(java.util.Locale.ROOT,
                            "%s claims more than %,d bytes of data, too many to hold", name, Integer.MAX_VALUE - 16));
                }
            }
            byte[] data = in.readNBytes((int) total);
            if (data.length < total) {
                throw new IdxFormatException(String.format(java.util.Locale.ROOT,
                        "%s is truncated: expected %,d data bytes, found %,d", name, total, data.length));
            }
            if (in.read() != -1) {
                throw new IdxFormatException(name + " has unexpected bytes after its " + total + " data bytes");
            }
            return new IdxFile(dims, data);
        } catch (IdxFormatException e) {
            throw e;
        } catch (IOException e) {
            // ZipException, EOFException, "Corrupt GZIP trailer" and the like.
            throw new IdxFormatException(name + (gzipped ? " is a damaged gzip file (" : " cannot be read (")
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    /** Number of items (the first dimension). */
    public int count() {
        return dims[0];
    }
}
