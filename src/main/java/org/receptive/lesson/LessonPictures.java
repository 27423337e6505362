package org.receptive.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a lesson's pictures come from: {@code ![a kernel over a grid](pictures/kernel.png)} names
 * a file in the lesson's own folder (or below it), and {@code assets/NAME} one of the pictures
 * shipped with the app. A bundled lesson's folder is inside the app; a teacher's lesson's folder
 * is the one its file is in.
 *
 * <p>A lesson file may come from anyone, so a name is only ever looked up inside those two
 * places: no web address, no absolute path, no {@code ..} that leaves the folder, no link
 * (symbolic or not) that resolves outside it, and nothing larger than {@link #MAX_BYTES} is
 * read. Whatever goes wrong is one plain sentence, shown where the picture would be. Decoding
 * is not done here (no JavaFX, no image library): the view decodes the bytes with
 * {@code data.PictureFile}'s checks.
 */
public final class LessonPictures {

    /** Largest picture file read, in bytes: a lesson figure is a few hundred kilobytes at most. */
    public static final long MAX_BYTES = 4_000_000;
    /** Longest name accepted; a longer one is no lesson's picture. */
    static final int MAX_NAME = 300;
    static final Set<String> KINDS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    private static final String TOO_LARGE = String.format(Locale.ROOT,
            "the file is larger than %,d kB, too large for a lesson's picture", MAX_BYTES / 1000);
    private static final String BUNDLED_LESSONS = "/org/receptive/lesson/lessons/";
    private static final String BUNDLED_ASSETS = "/org/receptive/assets/";

    /** What looking a picture up gave: its bytes, or why there are none. */
    public sealed interface Found {
        /** The picture's bytes, to decode; {@code name} is the name the lesson gave. */
        record Bytes(String name, byte[] bytes) implements Found {
        }

        /** A sentence a student can read, shown in the picture's place. */
        record Problem(String sentence) implements Found {
        }
    }

    /** Reads a file of one of the two folders, given as a checked relative path ("pictures/a.png"). */
    private interface Folder {
        /** The bytes, or null when there is no such file; at most MAX_BYTES + 1 are read. */
        byte[] read(List<String> parts) throws IOException, Refused;
    }

    /** A name that resolves outside its folder (only a file folder's links can do that). */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final Folder lessonFolder;
    private final Folder assets = LessonPictures::bundledAsset;

    private LessonPictures(Folder lessonFolder) {
        this.lessonFolder = lessonFolder;
    }

    /** The pictures of a lesson shipped with the app. */
    public static LessonPictures bundled() {
        return new LessonPictures(parts -> resource(BUNDLED_LESSONS + String.join("/", parts)));
    }

    /** The pictures of a teacher's lesson file: its own folder, and the app's assets. */
    public static LessonPictures beside(Path lessonFile) {
        Path folder = lessonFile.toAbsolutePath().getParent();
        return new LessonPictures(parts -> folder == null ? null : file(folder, parts));
    }

    /** Looks up the picture a lesson names; never throws. */
    public Found find(String destination) {
        String name = destination == null ? "" : destination.trim();
        try {
            List<String> parts = parts(name);
            boolean asset = parts.size() > 1 && parts.get(0).equals("assets");
            byte[] bytes = asset ? assets.read(parts.subList(1, parts.size())) : lessonFolder.read(parts);
            if (bytes == null) {
                return problem(name, "there is no such file " + (asset ? "among the app's pictures" : "in the lesson's folder"));
            }
            if (bytes.length > MAX_BYTES) {
                return problem(name, TOO_LARGE);
            }
            return new Found.Bytes(name, bytes);
        } catch (Refused e) {
            return problem(name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return problem(name, "it could not be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private static Found problem(String name, String why) {
        String shown = name.length() > 80 ? name.substring(0, 77) + "…" : name;
        return new Found.Problem("The picture \"" + shown + "\" cannot be shown: " + why + ".");
    }

    /**
     * The name split into folder steps, refusing anything that is not a plain relative path
     * inside the folder: a scheme or drive ("http:", "file:", "C:"), a leading slash, a
     * backslash, percent-escapes, control characters, or a ".." that climbs out.
     */
    static List<String> parts(String name) throws Refused {
        if (name.isEmpty()) {
            throw new Refused("the lesson gives no file name");
        }
        if (name.length() > MAX_NAME) {
            throw new Refused("its name is longer than " + MAX_NAME + " characters");
        }
        if (name.contains(":")) {
            throw new Refused("a lesson's pictures come from its own folder or the app, never from a web address or another disk");
        }
        if (name.startsWith("/") || name.contains("\\") || name.contains("%") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new Refused("name it by a plain path inside the lesson's folder, such as pictures/kernel.png");
        }
        List<String> parts = new ArrayList<>();
        for (String p : name.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    throw new Refused("it is outside the lesson's folder, where a lesson may not read");
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            throw new Refused("the lesson names a folder, not a picture");
        }
        String last = parts.get(parts.size() - 1);
        int dot = last.lastIndexOf('.');
        if (dot < 0 || !KINDS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            throw new Refused("only PNG, JPEG, GIF and BMP pictures are shown");
        }
        return parts;
    }

    private static byte[] bundledAsset(List<String> parts) throws IOException {
        return resource(BUNDLED_ASSETS + String.join("/", parts));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LessonPictures.class.getResourceAsStream(path)) {
            return in == null ? null : in.readNBytes((int) MAX_BYTES + 1);
        }
    }

    /** A file under {@code folder}, after following links, or null; refused when it resolves outside. */
    private static byte[] file(Path folder, List<String> parts) throws IOException, Refused {
        Path target = folder.resolve(String.join("/", parts)).normalize();
        if (!Files.isRegularFile(target)) {
            return null;
        }
        if (!target.toRealPath().startsWith(folder.toRealPath())) {
            throw new Refused("it is a link to a file outside the lesson's folder, where a lesson may not read");
        }
        if (Files.size(target) > MAX_BYTES) {
            throw new Refused(TOO_LARGE);   // refused unread
        }
        try (InputStream in = Files.newInputStream(target)) {
            return in.readNBytes((int) MAX_BYTES + 1);
        }
    }
}
