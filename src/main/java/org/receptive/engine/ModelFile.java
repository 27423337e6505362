package org.receptive.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Receptive's model file, version 1. Big-endian:
 * <pre>
 *   8 bytes  magic "RCPTMODL"
 *   int      format version (1)
 *   UTF      architecture string (see {@link Architecture})
 *   UTF      note (free text, e.g. how it was trained and its test accuracy)
 *   int      parameter count n
 *   n floats parameters, in {@link Network#params()} order
 *   long     CRC-32 of every byte before it
 * </pre>
 * Saving writes a temporary file beside the target and renames it over the target, so a crash
 * mid-write leaves the previous file whole.
 */
public final class ModelFile {

    static final byte[] MAGIC = "RCPTMODL".getBytes(StandardCharsets.US_ASCII);
    public static final int VERSION = 1;

    private ModelFile() {
    }

    /** A loaded model and the note saved with it. */
    public record Model(Network network, String note) {
    }

    /**
     * Writes the network to {@code file} atomically. Weights that are not numbers (a training run
     * that blew up) are refused: such a file would load and answer NaN for every picture.
     */
    public static void save(Network net, String note, Path file) throws IOException {
        if (!net.weightsAreFinite()) {
            throw new ModelFormatException("the network's weights are not all numbers (some are NaN or infinite), so "
                    + file.getFileName() + " was not written");
        }
        byte[] bytes = encode(net, note);
        AtomicFile.write(file, tmp -> Files.write(tmp, bytes));
    }

    /** The file's bytes. */
    public static byte[] encode(Network net, String note) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(net.architecture().toString());
            // writeUTF holds at most 65,535 bytes; a note is a line or two, so keep its start.
            String text = note == null ? "" : note;
            out.writeUTF(text.length() > 8_000 ? text.substring(0, 8_000) : text);
            float[] p = net.params();
            out.writeInt(p.length);
            for (float v : p) {
                out.writeFloat(v);
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen writing to memory", e);
        }
    }

    /** Reads a model file; any problem comes back as a {@link ModelFormatException} naming it. */
    public static Model load(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("cannot read " + file.getFileName() + ": " + FileProblems.plain(e), e);
        }
        return decode(bytes, file.getFileName().toString());
    }

    /** Reads a model from a stream (e.g. the embedded default model). */
    public static Model load(InputStream in, String name) throws IOException {
        return decode(in.readAllBytes(), name);
    }

    /** Decodes the bytes of a model file called {@code name} (used in messages). */
    public static Model decode(byte[] bytes, String name) throws ModelFormatException {
        if (bytes.length < MAGIC.length + 4) {
            throw new ModelFormatException(name + " is too short (" + bytes.length + " bytes) to be a Receptive model");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new ModelFormatException(name + " is not a Receptive model file (it does not start with RCPTMODL)");
            }
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            in.skipNBytes(MAGIC.length);
            int version = in.readInt();
            if (version != VERSION) {
                throw new ModelFormatException(name + " is a version " + version
                        + " model; this Receptive reads version " + VERSION + " only");
            }
            String arch = in.readUTF();
            String note = in.readUTF();
            int n = in.readInt();
            if (n < 0 || (long) n * 4 + 8 > in.available()) {
                throw new ModelFormatException(name + " is truncated: it should hold " + n
                        + " weights but ends after " + bytes.length + " bytes");
            }
            float[] params = new float[n];
            for (int i = 0; i < n; i++) {
                params[i] = in.readFloat();
            }
            int body = bytes.length - in.available();
            long stored = in.readLong();
            if (in.available() != 0) {
                throw new ModelFormatException(name + " has " + in.available() + " unexpected bytes after its checksum");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, body);
            if (crc.getValue() != stored) {
                throw new ModelFormatException(name + " is corrupted: its checksum does not match its contents");
            }
            Architecture architecture;
            MemoryEstimate size;
            try {
                architecture = Architecture.parse(arch);
                size = MemoryEstimate.of(architecture);
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(name + " describes an architecture this app cannot build: " + e.getMessage());
            }
            // Compared in long arithmetic before any network is built: a count that wrapped round
            // in an int could otherwise match.
            if (size.parameters() != n) {
                throw new ModelFormatException(String.format(java.util.Locale.ROOT,
                        "%s does not fit its own architecture: it needs %,d weights but the file holds %,d",
                        name, size.parameters(), n));
            }
            String tooBig = size.inferenceProblem(MemoryEstimate.availableBytes());
            if (tooBig != null) {
                throw new ModelFormatException(name + " cannot be opened: " + tooBig);
            }
            for (int i = 0; i < n; i++) {
                if (!Float.isFinite(params[i])) {
                    throw new ModelFormatException(name + " holds weights that are not numbers (NaN or infinite): "
                            + "the training that made it blew up");
                }
            }
            Network net;
            try {
                net = Network.withParams(architecture, params);
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(name + " does not fit its own architecture: " + e.getMessage());
            }
            if (!answersAreNumbers(net)) {
                throw new ModelFormatException(name + " answers with non-numbers (NaN or infinite): its weights are so "
                        + "large that the sums overflow, as after a training run that blew up");
            }
            return new Model(net, note);
        } catch (EOFException e) {
            throw new ModelFormatException(name + " is truncated: it ends after " + bytes.length + " bytes");
        } catch (ModelFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFormatException(name + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Finite weights can still be so large that every answer overflows (one step of SGD at a
     * learning rate of 1e30 does that); two plain probe inputs, mid-grey and white, show it.
     */
    private static boolean answersAreNumbers(Network net) {
        float[] probe = new float[net.inputShape().size()];
        Pass pass = net.newPass();
        for (float level : new float[] {0.5f, 1f}) {
            java.util.Arrays.fill(probe, level);
            for (float p : pass.forward(probe)) {
                if (!Float.isFinite(p)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A model file that is truncated, corrupted, of another version or not a model at all. */
    public static final class ModelFormatException extends IOException {
        public ModelFormatException(String message) {
            super(message);
        }
    }
}
