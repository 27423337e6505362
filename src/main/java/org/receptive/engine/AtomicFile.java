package org.receptive.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Saving that never destroys what was there: the content goes to a temporary file beside the
 * target, which is then renamed over it (atomically where the file system can). A crash or an
 * error mid-write leaves the previous file whole and no temporary file behind.
 */
public final class AtomicFile {

    /** Writes the content into the given (temporary) path. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path path) throws IOException;
    }

    private AtomicFile() {
    }

    /** Replaces {@code target} with what {@code content} writes, or leaves it untouched on failure. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
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
}
