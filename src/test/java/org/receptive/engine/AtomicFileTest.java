package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves replace files whole, clear what a killed save left, and fail in plain words. */
class AtomicFileTest {

    @Test
    void theNextSaveRemovesThePartFilesAKilledSaveLeftBehind(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("model.rcpt4419093021.part"), "half a model");
        Files.writeString(dir.resolve("model.rcpt17.part"), "another");
        Files.writeString(dir.resolve("other.rcpt55.part"), "someone else's");
        Files.writeString(dir.resolve("model.rcpt.notes.part"), "not ours");
        AtomicFile.write(dir.resolve("model.rcpt"), tmp -> Files.writeString(tmp, "whole"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("model.rcpt", "model.rcpt.notes.part", "other.rcpt55.part"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("whole", Files.readString(dir.resolve("model.rcpt")));
    }

    @Test
    void aFailedSaveSaysWhyInPlainWords(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file.resolve("m.rcpt"), tmp -> { }));
        assertTrue(e.getMessage().startsWith("cannot save m.rcpt: ") && e.getMessage().contains("is a file, not a folder"),
                e.getMessage());
    }

    @Test
    void aDestinationIsCheckedWithoutWritingIt(@TempDir Path dir) throws IOException {
        assertEquals(null, FileProblems.cannotWrite(dir.resolve("new/folder/m.rcpt")));
        assertTrue(FileProblems.cannotWrite(dir).contains("is a folder"));
        assertTrue(FileProblems.cannotWrite(Path.of("")).contains("no file name"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count(), "the check leaves nothing behind");
        }
    }
}
