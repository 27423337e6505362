package org.receptive.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.receptive.engine.AtomicFile;

/**
 * A person's own labelled digits, one 28×28 PNG per digit named {@code LABEL-ID.png} in a folder.
 * Each file is written beside its final name and renamed, so a crash never leaves half a file;
 * files that cannot be read are listed as problems and skipped, never fatal.
 */
public final class PersonalDigits {

    private static final Pattern NAME = Pattern.compile("([0-9])-([0-9a-f-]+)\\.png");

    /** One kept digit: its file, label and the 784 values the network reads. */
    public record Entry(Path file, int label, float[] pixels) {
    }

    private final Path folder;
    private final List<String> problems = new ArrayList<>();

    public PersonalDigits(Path folder) {
        this.folder = folder;
    }

    /** The default place: ~/.receptive/my-digits. */
    public static PersonalDigits inHome() {
        return new PersonalDigits(Path.of(System.getProperty("user.home"), ".receptive", "my-digits"));
    }

    public Path folder() {
        return folder;
    }

    /** Keeps a 28×28 input (values 0..1) with its label; returns the new entry. */
    public Entry add(float[] pixels, int label) throws IOException {
        if (pixels.length != 784 || label < 0 || label > 9) {
            throw new IllegalArgumentException("a personal digit is 28×28 with a label 0 to 9");
        }
        Files.createDirectories(folder);
        BufferedImage img = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 784; i++) {
            img.getRaster().setSample(i % 28, i / 28, 0, Math.round(255 * Math.max(0, Math.min(1, pixels[i]))));
        }
        Path target = folder.resolve(label + "-" + UUID.randomUUID() + ".png");
        AtomicFile.write(target, tmp -> {
            if (!ImageIO.write(img, "png", tmp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
        });
        return new Entry(target, label, read(img));
    }

    /** Every readable digit in the folder, oldest file name first; see {@link #problems()}. */
    public List<Entry> list() throws IOException {
        problems.clear();
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        for (Path f : files) {
            Matcher m = NAME.matcher(f.getFileName().toString());
            if (!m.matches()) {
                problems.add(f.getFileName() + ": not named LABEL-ID.png, skipped");
                continue;
            }
            try {
                // The one picture path: its header is read first, so a huge file here is refused, not decoded.
                BufferedImage img = PictureFile.decode(f);
                if (img.getWidth() != 28 || img.getHeight() != 28) {
                    problems.add(f.getFileName() + ": not a 28×28 picture, skipped");
                    continue;
                }
                entries.add(new Entry(f, Integer.parseInt(m.group(1)), read(img)));
            } catch (IOException e) {
                problems.add(f.getFileName() + ": cannot be read (" + e.getMessage() + "), skipped");
            }
        }
        return entries;
    }

    /** What {@link #list()} had to skip, in plain words. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public void delete(Entry e) throws IOException {
        Files.deleteIfExists(e.file());
    }

    /** The entries as a data set the trainer can read. */
    public static Dataset asDataset(List<Entry> entries) {
        byte[] pixels = new byte[entries.size() * 784];
        byte[] labels = new byte[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            float[] p = entries.get(i).pixels();
            for (int j = 0; j < 784; j++) {
                pixels[i * 784 + j] = (byte) Math.round(255 * p[j]);
            }
            labels[i] = (byte) entries.get(i).label();
        }
        return new Dataset("my digits", pixels, labels, 28, 28);
    }

    private static float[] read(BufferedImage img) {
        float[] p = new float[784];
        for (int i = 0; i < 784; i++) {
            p[i] = (img.getRaster().getSample(i % 28, i / 28, 0) & 0xff) / 255f;
        }
        return p;
    }
}
