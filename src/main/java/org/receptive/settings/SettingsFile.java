package org.receptive.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.receptive.engine.AtomicFile;
import org.receptive.engine.FileProblems;

/**
 * The settings file, {@code ~/.receptive/settings.properties}: Java properties in UTF-8 with a
 * format version. Reading never throws: a file that is missing gives no settings quietly, and one
 * that is too large, not text, not properties, of another version or with too many entries gives
 * no settings and one reason in plain words. Keys that are not ours are left out; a value longer
 * than a setting can be is read as empty, so that one setting falls back. Writing goes through
 * {@link AtomicFile}: a crash mid-save leaves the previous file whole.
 */
public final class SettingsFile {

    /** The version this app writes and reads; a file of another one is not guessed at. */
    static final int VERSION = 1;
    static final String VERSION_KEY = "version";
    /** A real file is under 2 KB; anything past this is not one of ours. */
    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_ENTRIES = 200;

    /** What reading gave: the settings, and why they are empty when the file could not be used ("" when it could, or was not there). */
    public record Read(Settings settings, String problem) {
    }

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** ~/.receptive/settings.properties (the test suite sets its own {@code user.home}). */
    public static SettingsFile inHome() {
        return new SettingsFile(Path.of(System.getProperty("user.home"), ".receptive", "settings.properties"));
    }

    public Path path() {
        return file;
    }

    /** The settings in the file, or none and the reason; never throws. */
    public Read read() {
        try {
            if (!Files.exists(file)) {
                return new Read(Settings.NONE, "");
            }
            if (!Files.isRegularFile(file)) {
                return refused("it is not a file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);   // never more, whatever the size says (a file still growing)
            }
            if (bytes.length > MAX_BYTES) {
                return refused("it is larger than a settings file can be");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return refused("it is not text");
            }
            if (text.indexOf('\0') >= 0) {
                return refused("it is not text");
            }
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IllegalArgumentException e) {
                return refused("it is damaged");
            }
            if (p.size() > MAX_ENTRIES) {
                return refused("it holds far more entries than a settings file does");
            }
            String version = p.getProperty(VERSION_KEY);
            if (version == null) {
                return refused("it is not a Receptive settings file");
            }
            if (!version.trim().equals(Integer.toString(VERSION))) {
                return refused("it was written by another version of Receptive");
            }
            Map<String, String> values = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (!key.equals(VERSION_KEY) && Settings.usableKey(key)) {
                    String v = p.getProperty(key);
                    values.put(key, v.length() > Settings.MAX_VALUE ? "" : v);
                }
            }
            return new Read(Settings.of(values), "");
        } catch (IOException e) {
            return refused("it cannot be read: " + FileProblems.plain(e));
        } catch (RuntimeException e) {
            // Anything a hostile file might still provoke ends here, as a reason, never as a crash.
            return refused("it is damaged");
        }
    }

    /** Replaces the file with these settings, atomically; a failure leaves the old file whole and says why in plain words. */
    public void write(Settings settings) throws IOException {
        Properties p = new Properties();
        p.putAll(settings.asMap());
        p.setProperty(VERSION_KEY, Integer.toString(VERSION));
        AtomicFile.write(file, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Receptive: remembered settings (delete this file, or use Reset settings, to start afresh)");
            }
        });
    }

    private Read refused(String why) {
        return new Read(Settings.NONE, why);
    }
}
