package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;

/**
 * Saves a trained model where it was asked to go. The destination is checked before training,
 * but a disk can fill up or a folder vanish in the meantime: then the model is kept in a spare
 * folder and the message says where, because minutes of training must not be lost to a typo.
 */
final class ModelSaving {

    /** Where the model went, and the one sentence that says so. */
    record Outcome(boolean savedWhereAsked, Path file, String message) {
    }

    private ModelSaving() {
    }

    /** ~/.receptive/unsaved, then the system's temporary folder. */
    static List<Path> spareFolders() {
        List<Path> spares = new ArrayList<>();
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank()) {
            spares.add(Path.of(home, ".receptive", "unsaved"));
        }
        spares.add(Path.of(System.getProperty("java.io.tmpdir")));
        return spares;
    }

    static Outcome saveOrKeep(Network net, String note, Path target, List<Path> spares) {
        IOException first;
        try {
            ModelFile.save(net, note, target);
            return new Outcome(true, target, "saved " + target);
        } catch (IOException e) {
            first = e;
        }
        String name = target.getFileName() == null ? "model.rcpt" : target.getFileName().toString();
        String stem = name.endsWith(".rcpt") ? name.substring(0, name.length() - 5) : name;
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        List<String> spareProblems = new ArrayList<>();
        for (Path folder : spares) {
            Path file = folder.resolve(stem + "-" + stamp + ".rcpt");
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve(stem + "-" + stamp + "-" + n + ".rcpt");
            }
            try {
                ModelFile.save(net, note, file);
                return new Outcome(false, file, "could not save " + target + " (" + first.getMessage()
                        + "); the trained model was kept in " + file + " instead");
            } catch (IOException e) {
                spareProblems.add(e.getMessage());
            }
        }
        throw new Refusal("could not save " + target + " (" + first.getMessage() + "), nor keep it in a spare folder ("
                + String.join("; ", spareProblems) + "): the trained model is lost");
    }
}
