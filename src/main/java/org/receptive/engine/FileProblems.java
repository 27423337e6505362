package org.receptive.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * File errors in plain words. Java's file exceptions often carry only a path as their message
 * ({@code AccessDeniedException: /x/model123.part}), which tells a person nothing; these say what
 * went wrong where.
 */
public final class FileProblems {

    private FileProblems() {
    }

    /** What went wrong, e.g. "permission denied for /srv/models" or "/a/b does not exist". */
    public static String plain(IOException e) {
        if (e instanceof FileSystemException f) {
            String where = f.getFile() == null ? "the file" : f.getFile();
            if (f instanceof AccessDeniedException) {
                return "permission denied for " + where;
            }
            if (f instanceof NoSuchFileException) {
                return where + " does not exist";
            }
            if (f instanceof NotDirectoryException) {
                return where + " is not a folder";
            }
            if (f instanceof DirectoryNotEmptyException) {
                return where + " is a folder that is not empty";
            }
            if (f instanceof FileAlreadyExistsException) {
                // Met when a folder is to be made where a file already is.
                return f.getFile() != null && !Files.isDirectory(Path.of(f.getFile()))
                        ? where + " is a file, not a folder" : where + " already exists";
            }
            String reason = f.getReason() == null ? "it cannot be used" : lowerFirst(f.getReason());
            return where + ": " + reason;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * Why a file cannot be written at {@code target}, found before any work is done, or null when
     * it can: a name is given, it is not a folder or a device, and a file can be created in its
     * folder (tried for real, with a probe file removed at once).
     */
    public static String cannotWrite(Path target) {
        if (target.getFileName() == null || target.toString().isBlank()) {
            return "no file name was given";
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return target + " is a folder; give a file name such as " + target.resolve("model.rcpt");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            return target + " is not an ordinary file (a device or a pipe), so nothing can be saved over it";
        }
        Path folder = absolute.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null) {
            return "no folder of " + target + " exists";
        }
        if (!Files.isDirectory(folder)) {
            return target + " cannot be made: " + folder + " is a file, not a folder";
        }
        try {
            Files.delete(Files.createTempFile(folder, ".receptive-probe", ".tmp"));
        } catch (FileSystemException e) {
            // Named without the probe file, which the person never asked for.
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : e.getReason() != null ? lowerFirst(e.getReason()) : "it does not accept new files";
            return "no file can be created in " + folder + " (" + why + ")";
        } catch (IOException e) {
            return "no file can be created in " + folder + " (" + plain(e) + ")";
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
