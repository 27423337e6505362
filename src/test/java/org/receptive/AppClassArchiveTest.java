package org.receptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppClassArchiveTest {

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        Path jar = dir.resolve("receptive.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not really a jar: only its path, size and time count");
        }
        return jar;
    }

    private List<String> options() throws IOException {
        return AppClassArchive.forClassPath(jar().toString(), dir.resolve("home")).orElseThrow().jvmOptions();
    }

    private static Path file(List<String> options, String option) {
        String o = options.stream().filter(s -> s.startsWith(option)).findFirst().orElseThrow(() -> new AssertionError(options));
        return Path.of(o.substring(option.length()));
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("home").resolve(".receptive").resolve("classes"))) {
            return files.toList();
        }
    }

    @Test
    void theFirstLaunchWritesTheArchiveAndTheNextOneMapsIt() throws IOException {
        List<String> first = options();
        Path part = file(first, "-XX:ArchiveClassesAtExit=");
        Files.writeString(part, "what HotSpot writes as the app ends");
        AppClassArchive.forClassPath(jar().toString(), dir.resolve("home")).orElseThrow().finish(0);

        Path archive = file(options(), "-XX:SharedArchiveFile=");
        assertEquals("what HotSpot writes as the app ends", Files.readString(archive));
        assertEquals(List.of(archive), archives(), "the written part was moved, not copied");
    }

    @Test
    void aLaunchThatCrashedLeavesNoArchiveInUse() throws IOException {
        AppClassArchive launch = AppClassArchive.forClassPath(jar().toString(), dir.resolve("home")).orElseThrow();
        Files.writeString(file(launch.jvmOptions(), "-XX:ArchiveClassesAtExit="), "half an archive");
        launch.finish(137);

        assertTrue(archives().isEmpty());
        assertTrue(options().get(0).startsWith("-XX:ArchiveClassesAtExit="), "the next launch writes it again");
    }

    @Test
    void aRebuiltJarGetsAnArchiveOfItsOwnAndTheOldOneGoes() throws IOException {
        AppClassArchive launch = AppClassArchive.forClassPath(jar().toString(), dir.resolve("home")).orElseThrow();
        Files.writeString(file(launch.jvmOptions(), "-XX:ArchiveClassesAtExit="), "the old build's classes");
        launch.finish(0);
        Path old = file(options(), "-XX:SharedArchiveFile=");

        Files.setLastModifiedTime(jar(), FileTime.fromMillis(Files.getLastModifiedTime(jar()).toMillis() + 60_000));
        List<String> rebuilt = options();

        assertTrue(rebuilt.get(0).startsWith("-XX:ArchiveClassesAtExit="), rebuilt.toString());
        assertFalse(Files.exists(old));
    }

    @Test
    void aDirectoryOnTheClassPathGetsNoArchive() throws IOException {
        String classPath = jar() + java.io.File.pathSeparator + dir;
        assertTrue(AppClassArchive.forClassPath(classPath, dir.resolve("home")).isEmpty());
    }
}
