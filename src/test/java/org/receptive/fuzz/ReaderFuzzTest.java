package org.receptive.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.data.Dataset;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.IdxFile;
import org.receptive.data.IdxFolders;
import org.receptive.data.IdxFormatException;
import org.receptive.data.Mnist;
import org.receptive.data.PictureFile;
import org.receptive.engine.Architecture;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;
import org.receptive.lesson.Block;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.ExerciseChecker;
import org.receptive.lesson.ExerciseKind;
import org.receptive.lesson.Lesson;
import org.receptive.lesson.LessonFormatException;
import org.receptive.lesson.LessonParser;

/**
 * Thousands of mutated valid files for each reader (model files, IDX files, pictures, lessons):
 * each gives a valid result or the reader's own typed error, within a time bound. The suite runs a
 * few seconds' worth on a fixed seed; {@code scripts/fuzz.sh} runs many more (docs/DEVELOPING.md).
 * {@code -Dfuzz.scale=K} multiplies the inputs, {@code -Dfuzz.seed=S} changes them.
 */
class ReaderFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    static final double SCALE = Double.parseDouble(System.getProperty("fuzz.scale", "1"));

    static int inputs(int base) {
        return (int) Math.max(1, Math.round(base * SCALE));
    }

    static void report(FuzzRun run) {
        System.out.println("fuzz " + run.summary());
        assertEquals(List.of(), run.failures().subList(0, Math.min(20, run.failures().size())), run.summary());
        assertTrue(run.valid() > 0 && run.typedErrors() > 0, "the mutations reach both outcomes: " + run.summary());
    }

    @Test
    void mutatedModelFilesLoadOrAreRefusedAsModelFormatErrors() throws Exception {
        List<byte[]> bases = List.of(
                ModelFile.encode(Network.create(Architecture.parse("1x8x8: conv3x3x2p1 relu pool2 dense10"), 1), "small"),
                ModelFile.encode(Network.create(Architecture.named("tiny"), 2), "tiny"));
        String[] architectures = {"1x65536x65536: dense10", "1x1024x1024: dense4096 dense10",
                "conv7x7x1024p8 conv7x7x1024p8 dense4096 dense10",
            "relu", "", "1x28x28:", "pool99", "conv0x0x0", "dense0", "1x8x8: conv9x9x2", "2147483647x1x1: dense1",
            "1x8x8: conv3x3x2p1 relu pool2 dense10", "1x8x8: dense10", "1x3x3: pool2s2 pool2", "conv5x5x99999999999"};
        Mutator m = new Mutator(new SplittableRandom(SEED));
        FuzzRun run = new FuzzRun("model files", ModelFile.ModelFormatException.class);
        run.run(inputs(2500), i -> {
            byte[] base = bases.get(m.random().nextInt(bases.size()));
            byte[] b = m.random().nextInt(4) == 0 ? withArchitecture(base, architectures[m.random().nextInt(architectures.length)])
                    : m.bytes(base, new int[][] {{8, 4, 1}, {12, 2, 1}, {base.length - 8 - 4 * paramCount(base) - 4, 4, 1}});
            if (m.random().nextBoolean() && b.length >= 8) {
                fixChecksum(b);                  // otherwise nearly every mutation stops at the checksum
            }
            Network net = ModelFile.decode(b, "fuzz.rcpt").network();
            net.forward(new float[net.inputShape().size()]);
            return FuzzRun.Outcome.VALID;
        });
        report(run);
    }

    @Test
    void mutatedIdxFilesReadOrAreRefusedAsIdxFormatErrors() throws Exception {
        byte[] images = IdxFolders.images(20, 8, 8, new SplittableRandom(1)), labels = IdxFolders.labels(20);
        List<byte[]> bases = List.of(images, labels, gzip(images), gzip(labels));
        Mutator m = new Mutator(new SplittableRandom(SEED + 1));
        FuzzRun run = new FuzzRun("IDX files", IdxFormatException.class);
        run.run(inputs(3000), i -> {
            int which = m.random().nextInt(bases.size());
            byte[] b = m.bytes(bases.get(which), which < 2 ? new int[][] {{2, 1, 1}, {3, 1, 1}, {4, 4, 1}, {8, 4, 1}, {12, 4, 1}}
                    : new int[][] {{3, 1, 1}, {10, 4, 0}});
            IdxFile idx = IdxFile.read(new ByteArrayInputStream(b), "fuzz-idx3-ubyte");
            if (idx.dims().length == 3) {
                Dataset d = Dataset.of("fuzz", idx, IdxFile.read(new ByteArrayInputStream(IdxFolders.labels(idx.count())), "labels"));
                d.image(d.size() - 1);
            }
            return FuzzRun.Outcome.VALID;
        });
        report(run);
    }

    @Test
    void mutatedPicturesReadOrAreRefusedAsPictureErrors(@TempDir Path dir) throws Exception {
        List<byte[]> bases = pictures();
        int[][][] fields = {
            {{16, 4, 1}, {20, 4, 1}, {24, 1, 1}, {25, 1, 1}},      // PNG: IHDR width, height, bit depth, colour type
            {{18, 4, 0}, {22, 4, 0}, {28, 2, 0}, {2, 4, 0}},       // BMP: width, height, bits per pixel, file size
            {{6, 2, 0}, {8, 2, 0}, {10, 1, 0}},                     // GIF: screen width, height, flags
            {}};                                                     // JPEG: found below
        Mutator m = new Mutator(new SplittableRandom(SEED + 2));
        FuzzRun run = new FuzzRun("pictures", PictureFile.PictureException.class);
        Path file = dir.resolve("fuzz.img");
        run.run(inputs(400), i -> {
            int which = m.random().nextInt(bases.size());
            byte[] base = bases.get(which);
            int kind = which < 4 ? 0 : which - 3;
            int[][] f = kind == 3 ? jpegSizeFields(base) : fields[kind];
            byte[] b = m.bytes(base, f);
            if (kind == 0 && m.random().nextBoolean()) {
                fixPngCrcs(b);
            }
            Files.write(file, b);
            DigitPreprocessor.process(PictureFile.read(file));
            return FuzzRun.Outcome.VALID;
        });
        report(run);
    }

    @Test
    void mutatedLessonsParseOrAreRefusedAsLessonFormatErrors() throws Exception {
        List<String> bases = new ArrayList<>();
        for (String f : BundledLessons.FILES) {
            bases.add(BundledLessons.text(f));
        }
        Mutator m = new Mutator(new SplittableRandom(SEED + 3));
        FuzzRun run = new FuzzRun("lessons", LessonFormatException.class);
        run.run(inputs(1000), i -> {
            String text = m.text(bases.get(m.random().nextInt(bases.size())));
            Lesson lesson;
            try {
                lesson = LessonParser.parse(text, "fuzz.md");
            } catch (LessonFormatException e) {
                if (e.getMessage().contains("could not be read as a lesson (")) {
                    throw new IllegalStateException("the parser's last guard caught: " + e.getMessage());
                }
                throw e;
            }
            for (Block.Exercise e : lesson.exercises()) {      // what opens can be shown and answered
                ExerciseChecker.answer(e);
                ExerciseChecker.check(e, m.text("rows 3-16, columns 5 and 7x7 or sobel-x"));
                if (e.kind() == ExerciseKind.WHICH_KERNEL) {
                    ExerciseChecker.featureMap(e);
                    ExerciseChecker.choices(e);
                }
            }
            return FuzzRun.Outcome.VALID;
        });
        report(run);
    }

    /** The base model with another architecture string (UTF length fixed, checksum left to the caller). */
    static byte[] withArchitecture(byte[] base, String arch) {
        int oldLength = ((base[12] & 0xff) << 8) | (base[13] & 0xff);
        byte[] utf = arch.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[base.length - oldLength + utf.length];
        System.arraycopy(base, 0, out, 0, 12);
        out[12] = (byte) (utf.length >> 8);
        out[13] = (byte) utf.length;
        System.arraycopy(utf, 0, out, 14, utf.length);
        System.arraycopy(base, 14 + oldLength, out, 14 + utf.length, base.length - 14 - oldLength);
        fixChecksum(out);
        return out;
    }

    private static int paramCount(byte[] model) {
        int arch = ((model[12] & 0xff) << 8) | (model[13] & 0xff);
        int note = 14 + arch;
        int noteLength = ((model[note] & 0xff) << 8) | (model[note + 1] & 0xff);
        int at = note + 2 + noteLength;
        return ((model[at] & 0xff) << 24) | ((model[at + 1] & 0xff) << 16) | ((model[at + 2] & 0xff) << 8) | (model[at + 3] & 0xff);
    }

    /** Rewrites the trailing CRC-32 so the body's changes get past the checksum. */
    static void fixChecksum(byte[] b) {
        CRC32 crc = new CRC32();
        crc.update(b, 0, b.length - 8);
        Mutator.setField(b, b.length - 8, 8, true, crc.getValue());
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    /** PNGs (grey, 16-bit grey, paletted, colour with alpha), then a BMP, a GIF and a JPEG of one digit. */
    private static List<byte[]> pictures() throws IOException {
        float[] ink = Mnist.test().image(0);
        int[] types = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_INDEXED,
            BufferedImage.TYPE_INT_ARGB};
        List<byte[]> out = new ArrayList<>();
        for (int type : types) {
            out.add(encode(digit(ink, type), "png"));
        }
        out.add(encode(digit(ink, BufferedImage.TYPE_INT_RGB), "bmp"));
        out.add(encode(digit(ink, BufferedImage.TYPE_BYTE_INDEXED), "gif"));
        out.add(encode(digit(ink, BufferedImage.TYPE_INT_RGB), "jpeg"));
        return out;
    }

    private static BufferedImage digit(float[] ink, int type) {
        BufferedImage img = new BufferedImage(56, 56, type);
        for (int y = 0; y < 56; y++) {
            for (int x = 0; x < 56; x++) {
                int v = 255 - Math.round(255 * ink[(y / 2) * 28 + x / 2]);
                img.setRGB(x, y, (type == BufferedImage.TYPE_INT_ARGB ? (255 - v) << 24 : 0xff000000) | v << 16 | v << 8 | v);
            }
        }
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /** The height and width fields of a JPEG's start-of-frame segment. */
    private static int[][] jpegSizeFields(byte[] jpeg) {
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && ((jpeg[i + 1] & 0xff) == 0xc0 || (jpeg[i + 1] & 0xff) == 0xc2)) {
                return new int[][] {{i + 5, 2, 1}, {i + 7, 2, 1}, {i + 9, 1, 1}};
            }
        }
        return new int[0][];
    }

    /** Recomputes every chunk's CRC of a PNG, where its length field still fits the file. */
    private static void fixPngCrcs(byte[] b) {
        int at = 8;
        while (at + 12 <= b.length) {
            long length = ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
            if (length < 0 || at + 12 + length > b.length) {
                return;
            }
            CRC32 crc = new CRC32();
            crc.update(b, at + 4, (int) length + 4);
            Mutator.setField(b, at + 8 + (int) length, 4, true, crc.getValue());
            at += 12 + (int) length;
        }
    }
}
