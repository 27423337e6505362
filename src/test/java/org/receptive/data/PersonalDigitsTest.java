package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDigitsTest {

    @Test
    void digitsAreKeptListedAndDeleted(@TempDir Path dir) throws Exception {
        PersonalDigits mine = new PersonalDigits(dir.resolve("mine"));
        assertEquals(List.of(), mine.list(), "a missing folder is simply empty");
        float[] seven = Mnist.test().image(0);
        PersonalDigits.Entry e = mine.add(seven, 7);
        mine.add(Mnist.test().image(1), 2);
        List<PersonalDigits.Entry> all = mine.list();
        assertEquals(2, all.size());
        PersonalDigits.Entry back = all.stream().filter(x -> x.label() == 7).findFirst().orElseThrow();
        assertArrayEquals(seven, back.pixels(), 0.5f / 255, "8-bit PNG keeps the values");
        try (var files = Files.list(dir.resolve("mine"))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")), "no half-written files left");
        }
        mine.delete(e);
        assertEquals(1, mine.list().size());
    }

    @Test
    void strayFilesAreSkippedWithAReason(@TempDir Path dir) throws Exception {
        PersonalDigits mine = new PersonalDigits(dir);
        mine.add(Mnist.test().image(3), 0);
        Files.writeString(dir.resolve("5-abc.png"), "not a picture");
        Files.writeString(dir.resolve("holiday.png"), "x");
        assertEquals(1, mine.list().size());
        assertEquals(2, mine.problems().size(), mine.problems().toString());
        assertTrue(mine.problems().stream().anyMatch(p -> p.startsWith("holiday.png: not named")), mine.problems().toString());
    }

    @Test
    void myDigitsJoinMnistForFineTuning(@TempDir Path dir) throws Exception {
        PersonalDigits mine = new PersonalDigits(dir);
        mine.add(Mnist.test().image(0), 7);
        Dataset joined = Dataset.concat("mix", PersonalDigits.asDataset(mine.list()), Mnist.test().subset(10, 5));
        assertEquals(6, joined.size());
        assertEquals(7, joined.label(0));
        assertEquals(Mnist.test().label(12), joined.label(3));
        assertArrayEquals(Mnist.test().image(12), joined.image(3));
    }
}
