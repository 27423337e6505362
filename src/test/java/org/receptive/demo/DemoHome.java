package org.receptive.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The home folder a harness run keeps its settings, lesson progress and own digits in. A
 * screenshot must not depend on what someone's {@code ~/.receptive} holds (a stored zoom, high
 * contrast, lessons marked done), so by default each run gets a fresh, empty folder that is
 * removed when the run ends; {@code -Dreceptive.demo.home=DIR} keeps a folder of your own
 * instead, e.g. {@code -Dreceptive.demo.home=$HOME} for your real progress.
 */
final class DemoHome {

    /** The system property naming a home folder to keep. */
    static final String PROPERTY = "receptive.demo.home";

    private DemoHome() {
    }

    /**
     * Points {@code user.home}, which every store of the app starts from, at the folder the run
     * uses, before anything of the app reads it.
     *
     * @return that folder
     */
    static Path install() {
        String kept = System.getProperty(PROPERTY);
        Path home = kept == null || kept.isBlank() ? throwaway() : Path.of(kept);
        System.setProperty("user.home", home.toAbsolutePath().toString());
        return home;
    }

    private static Path throwaway() {
        try {
            Path home = Files.createTempDirectory("receptive-demo-home-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(home), "demo-home-cleanup"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a throwaway home folder for the harness", e);
        }
    }

    static void delete(Path home) {
        try (Stream<Path> all = Files.walk(home)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left in the temporary folder; the next run does not read it.
        }
    }
}
