package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files: a faithful round trip, a plain message for every kind of damage, and atomic saves. */
class ModelFileTest {

    static final String ARCH = "2x9x8: conv3x3x3p1s2d2 relu pool2 dense4";
    static final String NOTE = "trained 3 epochs with adam — 97.5% on the test set ✓";

    @TempDir
    Path dir;

    static Network network(long seed) {
        return Network.create(Architecture.parse(ARCH), seed);
    }

    @Test
    void saveThenLoadGivesTheSameNetworkAndNote() throws IOException {
        Network net = network(3);
        Path file = dir.resolve("model.rcpt");
        ModelFile.save(net, NOTE, file);
        ModelFile.Model loaded = ModelFile.load(file);

        assertArrayEquals(net.params(), loaded.network().params());      // bit for bit
        assertEquals(net.architecture(), loaded.network().architecture());
        assertEquals(NOTE, loaded.note());
        float[] input = new float[net.inputShape().size()];
        Arrays.fill(input, 0.5f);
        assertArrayEquals(net.forward(input), loaded.network().forward(input));

        ModelFile.Model streamed = ModelFile.load(new ByteArrayInputStream(Files.readAllBytes(file)), "stream");
        assertArrayEquals(net.params(), streamed.network().params());
        assertEquals("", ModelFile.decode(ModelFile.encode(net, null), "x").note());
    }

    @Test
    void theLayoutIsTheDocumentedOne() throws IOException {
        Network net = network(4);
        ByteBuffer b = ByteBuffer.wrap(ModelFile.encode(net, "n"));            // big-endian
        byte[] magic = new byte[8];
        b.get(magic);
        assertEquals("RCPTMODL", new String(magic, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, b.getInt());
        assertEquals(ARCH.length(), b.getShort());
        b.position(b.position() + ARCH.length());
        assertEquals(1, b.getShort());
        assertEquals('n', b.get());
        assertEquals(net.paramCount(), b.getInt());
        assertEquals(net.params()[0], b.getFloat());
        assertEquals(4 * (net.paramCount() - 1) + 8, b.remaining());   // the other weights, then the CRC
    }

    @Test
    void everyTruncationIsReportedAsTruncated() throws IOException {
        byte[] whole = ModelFile.encode(network(5), NOTE);
        for (int cut = 0; cut < whole.length; cut++) {
            String message = failure(Arrays.copyOf(whole, cut));
            boolean plain = cut < 12 ? message.contains("too short (" + cut + " bytes) to be a Receptive model")
                    : message.contains("truncated");
            assertTrue(plain, "cut at " + cut + ": " + message);
            assertTrue(message.startsWith("model.rcpt "), message);
        }
    }

    @Test
    void aDamagedWeightOrChecksumIsReportedAsCorrupted() throws IOException {
        byte[] whole = ModelFile.encode(network(6), NOTE);
        int weights = whole.length - 8 - 4 * network(6).paramCount();
        for (int at = weights; at < whole.length; at += 7) {
            for (int mask : new int[] {0x01, 0x80, 0xFF}) {
                byte[] damaged = whole.clone();
                damaged[at] ^= (byte) mask;
                String message = failure(damaged);
                assertTrue(message.contains("corrupted"), "byte " + at + " ^ " + mask + ": " + message);
            }
        }
    }

    @Test
    void anyFlippedByteIsRefused() throws IOException {
        byte[] whole = ModelFile.encode(network(7), NOTE);
        for (int at = 0; at < whole.length; at++) {
            byte[] damaged = whole.clone();
            damaged[at] ^= 0x04;
            failure(damaged);                                  // never loads, never throws anything else
        }
    }

    @Test
    void otherFilesAndVersionsAreNamedAsSuch() throws IOException {
        byte[] whole = ModelFile.encode(network(8), NOTE);

        byte[] png = whole.clone();
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 0, png, 0, 8);
        assertTrue(failure(png).contains("not a Receptive model"), failure(png));

        byte[] v2 = whole.clone();
        v2[11] = 2;
        assertTrue(failure(v2).contains("version 2"), failure(v2));
        assertTrue(failure(v2).contains("version 1"), failure(v2));

        assertTrue(failure(new byte[0]).contains("too short (0 bytes)"), failure(new byte[0]));

        byte[] longer = Arrays.copyOf(whole, whole.length + 3);
        assertTrue(failure(longer).contains("3 unexpected bytes"), failure(longer));
    }

    @Test
    void anArchitectureThatDoesNotMatchItsWeightsIsRefused() throws IOException {
        // A well-formed file (right checksum) whose weight count does not fit its architecture.
        byte[] good = ModelFile.encode(network(9), "");
        Network other = Network.create(Architecture.parse("2x9x8: conv3x3x3p1s2d2 relu pool2 dense5"), 9);
        byte[] mixed = ModelFile.encode(other, "");
        // Put the first architecture's string on the second one's weights and checksum them again.
        int archEnd = 12 + 2 + ARCH.length();
        byte[] body = new byte[mixed.length - 8];
        System.arraycopy(good, 0, body, 0, archEnd);
        System.arraycopy(mixed, archEnd, body, archEnd, body.length - archEnd);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        byte[] file = ByteBuffer.allocate(mixed.length).put(body).putLong(crc.getValue()).array();
        assertTrue(failure(file).contains("does not fit its own architecture"), failure(file));
    }

    @Test
    void savingOverAFileReplacesItAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("model.rcpt");
        ModelFile.save(network(10), "first", file);
        Network second = network(11);
        ModelFile.save(second, "second", file);

        ModelFile.Model loaded = ModelFile.load(file);
        assertEquals("second", loaded.note());
        assertArrayEquals(second.params(), loaded.network().params());
        assertEquals(List.of("model.rcpt"), names(dir));

        Path nested = dir.resolve("a/b/model.rcpt");           // missing folders are made
        ModelFile.save(second, "", nested);
        assertArrayEquals(second.params(), ModelFile.load(nested).network().params());
    }

    @Test
    void aFailedSaveLeavesWhatWasThereUntouched() throws IOException {
        Path kept = dir.resolve("kept.rcpt");
        ModelFile.save(network(12), "kept", kept);
        byte[] keptBytes = Files.readAllBytes(kept);

        // The target is a folder holding a file.
        Path folder = Files.createDirectory(dir.resolve("model.rcpt"));
        Files.writeString(folder.resolve("inside.txt"), "hello");
        assertThrows(IOException.class, () -> ModelFile.save(network(13), "new", folder));
        assertTrue(Files.isDirectory(folder));
        assertEquals("hello", Files.readString(folder.resolve("inside.txt")));

        // The target is an empty folder.
        Path empty = Files.createDirectory(dir.resolve("empty.rcpt"));
        assertThrows(IOException.class, () -> ModelFile.save(network(13), "new", empty));
        assertTrue(Files.isDirectory(empty));

        // The target's folder is a file.
        assertThrows(IOException.class, () -> ModelFile.save(network(13), "new", kept.resolve("child.rcpt")));

        assertArrayEquals(keptBytes, Files.readAllBytes(kept));
        assertEquals(List.of("empty.rcpt", "kept.rcpt", "model.rcpt"), names(dir));   // no .part left behind
    }

    @Test
    void aSavedModelIsReadableByOthersAndALongNoteIsShortened() throws IOException {
        Path file = dir.resolve("shared.rcpt");
        ModelFile.save(network(13), "x".repeat(100_000), file);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(8_000, ModelFile.load(file).note().length());
    }

    @Test
    void aMissingFileIsAnIoErrorNamingIt() {
        IOException e = assertThrows(IOException.class, () -> ModelFile.load(dir.resolve("nowhere.rcpt")));
        assertTrue(e.getMessage().contains("nowhere.rcpt"), e.getMessage());
    }

    /** Loads {@code bytes} from a file and returns the ModelFormatException's message. */
    private String failure(byte[] bytes) throws IOException {
        Path file = dir.resolve("model.rcpt");
        Files.write(file, bytes);
        return assertThrows(ModelFile.ModelFormatException.class, () -> ModelFile.load(file)).getMessage();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
