package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The list of classes loaded ahead at start-up names classes that exist, so it cannot rot unseen. */
class StartupClassesTest {

    @Test
    void everyListedClassExistsAndIsLoadedAhead() throws IOException {
        long names;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
        assertTrue(names > 1000, "the first frame needs some 2,000 classes; the list has " + names);
        assertEquals(names, StartupClasses.preload(), "a listed class is missing: regenerate the list (docs/DEVELOPING.md)");
    }
}
