package org.receptive.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.data.PersonalDigits;
import org.receptive.data.PngHeaders;

/** The Stepper's and the lab's pictures, and the kept digits, come through the one picture reader, with its checks and its sentences. */
class StepperPictureFileTest {

    @Test
    void aHugePictureIsRefusedFromItsHeaderNotDecoded(@TempDir Path dir) throws IOException {
        Path bomb = Files.write(dir.resolve("bomb.png"), PngHeaders.declaring(40_000, 40_000));
        IOException e = assertThrows(IOException.class, () -> InputSources.readPicture(bomb.toFile()));
        assertTrue(e.getMessage().startsWith("bomb.png is 40,000×40,000 pixels"), e.getMessage());

        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        e = assertThrows(IOException.class, () -> InputSources.readPicture(text.toFile()));
        assertEquals("notes.png is not a picture Receptive can read: use PNG, JPEG, GIF or BMP", e.getMessage());
    }

    @Test
    void aHugeFileAmongTheKeptDigitsIsSkippedWithTheReadersReason(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("4-0a1b.png"), PngHeaders.declaring(40_000, 40_000));
        PersonalDigits mine = new PersonalDigits(dir);
        assertEquals(0, mine.list().size());
        assertTrue(mine.problems().get(0).contains("40,000×40,000 pixels"), mine.problems().toString());
    }
}
