package org.receptive.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder holding the four IDX files of a digit-style data set (train and test, images and
 * labels, raw or gzipped), found by name: "train" or "t10k"/"test", and "images"/"labels"
 * (MNIST and Fashion-MNIST spell them this way).
 */
public record IdxFolder(Path folder, Dataset train, Dataset test) {

    /** Opens the folder, or says in plain words which files are missing or broken. */
    public static IdxFolder open(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        String base = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        Path trainImages = find(folder, files, "train", "images"), trainLabels = find(folder, files, "train", "labels");
        Path testImages = find(folder, files, "test", "images"), testLabels = find(folder, files, "test", "labels");
        List<String> missing = new ArrayList<>();
        if (trainImages == null) missing.add("training images");
        if (trainLabels == null) missing.add("training labels");
        if (testImages == null) missing.add("test images");
        if (testLabels == null) missing.add("test labels");
        if (!missing.isEmpty()) {
            throw new IOException(folder + " has no IDX file for the " + String.join(", ", missing)
                    + " (expected names like train-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz)");
        }
        return new IdxFolder(folder,
                Dataset.of(base + " train", IdxFile.read(trainImages), IdxFile.read(trainLabels)),
                Dataset.of(base + " test", IdxFile.read(testImages), IdxFile.read(testLabels)));
    }

    /**
     * The one file of a part, by name: it must name the split and the kind and end the way IDX
     * files do, so a backup beside it ({@code .old}, {@code .bak}, {@code ~}, a half-written
     * {@code .part}) is never taken, whatever order the folder lists its files in. Two files that
     * could both be the part are named rather than one picked.
     */
    private static Path find(Path folder, List<Path> files, String split, String kind) throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean splitMatches = split.equals("train") ? n.contains("train") : (n.contains("t10k") || n.contains("test"));
            if (splitMatches && n.contains(kind) && IDX_NAME.matcher(n).matches()) {
                candidates.add(f);
            }
        }
        if (candidates.size() > 1) {
            candidates.sort(null);
            throw new IdxFormatException(folder + " has " + candidates.size() + " files that could be the "
                    + (split.equals("train") ? "training " : "test ") + kind + " ("
                    + String.join(", ", candidates.stream().map(p -> p.getFileName().toString()).toList())
                    + "); keep only one");
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** How IDX files are named: MNIST's {@code -idx3-ubyte}, or {@code .idx}, raw or gzipped. */
    private static final Pattern IDX_NAME = Pattern.compile(".*(ubyte|\\.idx|idx[0-9])(\\.gz)?");

    /** Fashion-MNIST from the Debian package dataset-fashion-mnist, when it is installed. */
    public static Optional<IdxFolder> fashionMnist() {
        Path dir = Path.of("/usr/share/datasets/fashion-mnist");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(open(dir));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
