package org.receptive.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "?" overlay and the README's keys table say the same: every key of the one list is a row of the table. */
class ClassroomKeysTest {

    @Test
    void everyKeyTheOverlayListsIsARowOfTheReadmesKeysTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        int rows = 0;
        for (ClassroomKeys.Group g : ClassroomKeys.ALL) {
            for (ClassroomKeys.Key k : g.keys()) {
                String row = "| " + g.where() + " | " + k.keys().replace("|", "\\|") + " | " + k.action() + " |";
                rows++;
                if (!readme.contains(row)) {
                    missing.add(row);
                }
            }
        }
        assertTrue(rows > 20, "the list holds the app's keys");
        assertTrue(missing.isEmpty(), "README.md's keys table lacks:\n" + String.join("\n", missing));
    }
}
