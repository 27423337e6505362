package org.receptive.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness keeps its settings and progress away from the person's own home folder. */
class DemoHomeTest {

    private String userHome;
    private String kept;

    @BeforeEach
    void remember() {
        userHome = System.getProperty("user.home");
        kept = System.getProperty(DemoHome.PROPERTY);
    }

    @AfterEach
    void restore() {
        System.setProperty("user.home", userHome);
        if (kept == null) {
            System.clearProperty(DemoHome.PROPERTY);
        } else {
            System.setProperty(DemoHome.PROPERTY, kept);
        }
    }

    @Test
    void withoutThePropertyARunGetsAFreshEmptyHome() throws Exception {
        System.clearProperty(DemoHome.PROPERTY);
        Path home = DemoHome.install();
        try {
            assertNotEquals(Path.of(userHome).toAbsolutePath(), home.toAbsolutePath());
            assertEquals(home.toAbsolutePath().toString(), System.getProperty("user.home"));
            try (var inside = Files.list(home)) {
                assertEquals(0, inside.count(), "nothing stored in it yet");
            }
        } finally {
            DemoHome.delete(home);
        }
        assertTrue(Files.notExists(home), "removed");
    }

    @Test
    void thePropertyNamesAHomeToKeep(@TempDir Path mine) {
        System.setProperty(DemoHome.PROPERTY, mine.toString());
        assertEquals(mine, DemoHome.install());
        assertEquals(mine.toAbsolutePath().toString(), System.getProperty("user.home"));
    }
}
