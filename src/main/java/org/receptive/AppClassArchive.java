package org.receptive;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The app's class-data-sharing archive (AppCDS): the classes the app loaded, already parsed and
 * verified, which the next launch maps from one file instead of reading, inflating and verifying
 * some 3,700 classes of JavaFX and ours from the jar. The app's JVM is started by {@link VectorLaunch}
 * anyway, so it can take JVM options that {@code java -jar} cannot; measured in docs/DEVELOPING.md
 * (about a third less CPU before the first frame).
 *
 * <p>The first launch from a jar runs with {@code -XX:ArchiveClassesAtExit}: HotSpot writes the
 * archive when the app ends, to a name of this launch's own; the waiting launcher renames it into
 * place only when the app ended normally, so a killed app never leaves half an archive in use.
 * The archive's name holds the jar's path, size and time and the JVM's build: a rebuilt jar or
 * another JDK gets an archive of its own, and the old one for the same path is removed. A class path
 * with a directory (an IDE, {@code mvn javafx:run}) cannot be archived and gets nothing; neither
 * does {@code -Dreceptive.cds=false}. HotSpot's own messages about the archive are switched off: a
 * stale or unreadable one is ignored and the app starts as without it.
 */
final class AppClassArchive {

    private final Path archive;
    private final Path part;

    private AppClassArchive(Path archive, Path part) {
        this.archive = archive;
        this.part = part;
    }

    /** The archive for the class path {@code classPath} under {@code home}, or empty where there can be none. */
    static Optional<AppClassArchive> forClassPath(String classPath, Path home) {
        if (!Boolean.parseBoolean(System.getProperty("receptive.cds", "true")) || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder where = new StringBuilder(), what = new StringBuilder();
        try {
            for (String entry : classPath.split(File.pathSeparator)) {
                Path p = Path.of(entry).toRealPath();
                if (!Files.isRegularFile(p)) {
                    return Optional.empty();                   // a directory: HotSpot refuses to archive from one
                }
                where.append(p).append(File.pathSeparatorChar);
                what.append(Files.size(p)).append('@').append(Files.getLastModifiedTime(p).toMillis()).append(';');
            }
            what.append(System.getProperty("java.home")).append(';').append(System.getProperty("java.vm.version"));
            Path dir = home.resolve(".receptive").resolve("classes");
            Files.createDirectories(dir);
            String prefix = "app-" + hex(where.toString()) + "-";
            Path archive = dir.resolve(prefix + hex(what.toString()) + ".jsa");
            try (var old = Files.newDirectoryStream(dir, prefix + "*")) {
                for (Path p : old) {                           // this jar's archives of earlier builds, unfinished ones
                    if (!p.equals(archive) && !beingWritten(p)) {
                        deleteIfPossible(p);
                    }
                }
            }
            return Optional.of(new AppClassArchive(archive, dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();                           // no archive is only a slower start
        }
    }

    /** The JVM options that use the archive, or that write it when this launch ends. */
    List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        options.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + part);
        options.add("-Xlog:cds=off,cds+dynamic=off");       // a stale archive: HotSpot warns on the console, then goes on without
        return options;
    }

    /**
     * After the app's JVM ended with {@code exitCode}: a freshly written archive goes into place if
     * the JVM ended on its own or was asked to (Ctrl+C, SIGTERM), so it finished writing it.
     */
    void finish(int exitCode) {
        try {
            if ((exitCode == 0 || exitCode == 130 || exitCode == 143) && Files.isRegularFile(part)) {
                Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // the next launch writes it again
        }
    }

    /** Whether {@code p} is an archive that a launch still running will put in place when its app ends. */
    private static boolean beingWritten(Path p) {
        String name = p.getFileName().toString();
        String pid = name.substring(name.lastIndexOf('.') + 1);
        return pid.matches("[0-9]{1,18}") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** HotSpot writes archives read-only, which Windows deletes only once made writable; a file that stays is harmless. */
    private static void deleteIfPossible(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().setWritable(true);
            p.toFile().delete();
        }
    }

    private static String hex(String s) {
        return Integer.toHexString(s.hashCode());
    }
}
