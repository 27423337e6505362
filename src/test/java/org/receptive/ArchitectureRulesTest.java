package org.receptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the house point one way: nothing below the UI imports JavaFX (JabRef keeps the
 * same rule as {@code doNotUseGuiInLogic}), and the engine depends on no other package of ours.
 */
class ArchitectureRulesTest {

    private static final Path MAIN = Path.of("src/main/java/org/receptive");

    @Test
    void logicPackagesNeverImportJavaFx() throws IOException {
        List<String> offenders = filesOf("engine", "data", "stepper", "lesson", "cortex", "cli").stream()
                .filter(f -> contains(f, "import javafx."))
                .map(Path::toString)
                .collect(Collectors.toList());
        assertEquals(List.of(), offenders, "these files below ui/ import javafx");
    }

    @Test
    void engineDependsOnNoOtherPackageOfOurs() throws IOException {
        List<String> offenders = filesOf("engine").stream()
                .filter(f -> contains(f, "import org.receptive.") && !onlyEngineImports(f))
                .map(Path::toString)
                .collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }

    @Test
    void theRuleSeesTheSources() throws IOException {
        // Guards the guard: if the path were wrong, the tests above would pass on nothing.
        assertTrue(filesOf("engine").size() > 10, "expected the engine sources under " + MAIN);
    }

    private static List<Path> filesOf(String... packages) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String p : packages) {
            Path dir = MAIN.resolve(p);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean onlyEngineImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith("import org.receptive."))
                    .allMatch(l -> l.startsWith("import org.receptive.engine."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
