package org.receptive.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: what is written reads back, and no file, however made, gets past reading as more than one plain reason. */
class SettingsFileTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("settings.properties");
    }

    private SettingsFile.Read readText(String text) throws IOException {
        Files.writeString(file(), text, StandardCharsets.UTF_8);
        return new SettingsFile(file()).read();
    }

    @Test
    void whatIsWrittenReadsBackKeyByKey() throws IOException {
        Settings s = Settings.NONE.with("classroom.zoom", 1.5).with("classroom.highContrast", true)
                .with("studio.network", "1x28x28: conv5x5x4p2 relu pool2 dense10").with("studio.seed", 42L)
                .with("stepper.note", "größer = 3 # not a comment: \\ \u00e9");
        new SettingsFile(file()).write(s);
        SettingsFile.Read r = new SettingsFile(file()).read();
        assertEquals("", r.problem());
        assertEquals(s, r.settings());
        Settings.Reading read = r.settings().read();
        assertEquals(1.5, read.decimal("classroom.zoom", 1, 2.5, 1), 0);
        assertTrue(read.flag("classroom.highContrast", false));
        assertEquals(42, read.whole("studio.seed", 0, 9999, 1));
        assertEquals(List.of(), read.unusable());
    }

    @Test
    void noFileIsAFirstStartWithoutAMessage() {
        SettingsFile.Read r = new SettingsFile(file()).read();
        assertEquals(Settings.NONE, r.settings());
        assertEquals("", r.problem());
    }

    @Test
    void aFileOfRandomBytesGivesNoSettingsAndOneReason() throws IOException {
        byte[] junk = new byte[3000];
        new Random(7).nextBytes(junk);
        Files.write(file(), junk);
        SettingsFile.Read r = new SettingsFile(file()).read();
        assertEquals(Settings.NONE, r.settings());
        assertEquals("it is not text", r.problem());
    }

    @Test
    void aHugeFileIsNotReadPastTheLimit() throws IOException {
        String line = "classroom.zoom=1.5\n";
        Files.writeString(file(), "version=1\n" + line.repeat(10_000_000 / line.length()));
        SettingsFile.Read r = new SettingsFile(file()).read();
        assertEquals(Settings.NONE, r.settings());
        assertEquals("it is larger than a settings file can be", r.problem());
    }

    @Test
    void hostileFilesEachGiveTheirReason() throws IOException {
        assertEquals("it is damaged", readText("version=1\nclassroom.zoom=\\u12G4\n").problem());   // a broken \\u escape
        assertEquals("it is not text", readText("version=1\nclassroom.zoom=1\0\n").problem());
        assertEquals("it holds far more entries than a settings file does",
                readText("version=1\n" + "k%d=1\n".repeat(300).formatted((Object[]) range(300))).problem());
        assertEquals("it is not a Receptive settings file", readText("classroom.zoom=1.5\n").problem());
        assertEquals("it was written by another version of Receptive", readText("version=2\nclassroom.zoom=1.5\n").problem());
        assertEquals("it was written by another version of Receptive", readText("version=0\n").problem());
        Files.delete(file());
        Files.createDirectory(file());
        assertEquals("it is not a file", new SettingsFile(file()).read().problem());
    }

    private static Object[] range(int n) {
        Object[] o = new Object[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    @Test
    void keysThatAreNotOursAreLeftOutAndOverlongValuesReadAsUnusable() throws IOException {
        SettingsFile.Read r = readText("version=1\n../../etc/passwd=1\nZoom=2\nclassroom.zoom=" + "9".repeat(5000) + "\ndraw.brush=20\n");
        assertEquals("", r.problem());
        assertEquals(Map.of("classroom.zoom", "", "draw.brush", "20"), r.settings().asMap());
        Settings.Reading read = r.settings().read();
        assertEquals(1.0, read.decimal("classroom.zoom", 1, 2.5, 1.0), 0);
        assertEquals(List.of("classroom.zoom"), read.unusable());
    }

    @Test
    void valuesOfTheWrongTypeOrRangeFallBackAndAreNamed() {
        Settings s = Settings.NONE.with("a", "NaN").with("b", "1e400").with("c", "yes").with("d", "ADAM ").with("e", "12")
                .with("f", "99999999999999999999");
        Settings.Reading r = s.read();
        assertEquals(2.0, r.decimal("a", 0, 10, 2.0), 0);
        assertEquals(2.0, r.decimal("b", 0, 10, 2.0), 0);
        assertFalse(r.flag("c", false));
        assertEquals(Thread.State.NEW, r.choice("d", Thread.State.class, Thread.State.NEW));
        assertEquals(5, r.integer("e", 1, 10, 5));
        assertEquals(5, r.integer("f", 1, 10, 5));
        assertEquals(7, r.integer("missing", 1, 10, 7));
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), r.unusable());
    }

    @Test
    void aSettingThatNoFileMayHoldIsRefusedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> Settings.NONE.with("Not a key", "1"));
        assertThrows(IllegalArgumentException.class, () -> Settings.NONE.with("ok", "x".repeat(Settings.MAX_VALUE + 1)));
    }

    @Test
    void aSaveThatCannotBeMadeSaysWhyAndLeavesTheOldFileWhole() throws IOException {
        SettingsFile f = new SettingsFile(file());
        f.write(Settings.NONE.with("draw.brush", 20));
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        IOException e = assertThrows(IOException.class,
                () -> new SettingsFile(blocker.resolve("settings.properties")).write(Settings.NONE));
        assertTrue(e.getMessage().startsWith("cannot save settings.properties"), e.getMessage());
        assertEquals("20", f.read().settings().asMap().get("draw.brush"));
    }
}
