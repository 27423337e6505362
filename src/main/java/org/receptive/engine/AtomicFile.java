package org.receptive.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * Saving that never destroys what was there: the content goes to a temporary file beside the
 * target, which is then renamed over it (atomically where the file system can). A crash or an
 * error mid-write leaves the previous file whole and no temporary file behind; a process killed
 * mid-write leaves one, which the next save of the same file removes.
 */
public final class AtomicFile {

    /** Ending of the temporary file a save writes before renaming it over the target. */
    static final String PART = ".part";

    /** Writes the content into the given (temporary) path. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path path) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Replaces {@code target} with what {@code content} writes, or leaves it untouched on failure.
     * A file-system error comes back with a message in plain words ({@link FileProblems}).
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            replace(target, content);
        } catch (FileSystemException e) {
            throw new IOException("cannot save " + target.getFileName() + ": " + FileProblems.plain(e), e);
        }
    }

    private static void replace(Path target, Content content) throws IOException {
        if (target.getFileName() == null) {
            throw new IOException("no file name was given");
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String name = target.getFileName().toString();
        removeStaleParts(dir, name);
        Path tmp = Files.createTempFile(dir, name, PART);
        try {
            content.writeTo(tmp);
            try {
                // createTempFile makes the file private (0600); a saved file is an ordinary document.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep what it gave
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Removes the temporary files of saves of the same target that were killed before they could
     * clean up ({@code NAME<digits>.part}: what {@link Files#createTempFile} makes from our prefix).
     */
    private static void removeStaleParts(Path dir, String name) {
        Pattern stale = Pattern.compile(Pattern.quote(name) + "\\d+" + Pattern.quote(PART));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir,
                p -> stale.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: a leftover that cannot be removed does not stop the save.
        }
    }
}
