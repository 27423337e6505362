package org.receptive.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;
import org.receptive.engine.NetworkDesign;
import org.receptive.ui.common.NewestWins;
import org.receptive.ui.training.design.DesignModel;

/**
 * Saving the studio's network and loading one back (or the default model). A load that fails,
 * or a model the editor cannot show, keeps the current network and says why.
 */
public final class SavedModels {

    /** What saving and loading need from the training studio, and no more. */
    interface Studio {
        /** The network with its newest weights (a copy: saving is allowed while training). */
        Network networkToSave();

        /** How it was trained, for the file's note: "trained in the training studio: …". */
        String trainingNote();

        /** Whether a run is going (nothing is loaded over it then). */
        boolean busy();

        /** Takes a loaded network, its design shown in the editor, as the one to train from now on. */
        void adoptLoaded(NetworkDesign design, Network loaded, String name);

        /**
         * Reads a model off the UI thread (it and its display take seconds on a busy machine) and
         * gives it to {@code then} on the UI thread, unless a newer request came first.
         */
        void loadInBackground(String doing, NewestWins.Job<ModelFile.Model> read, Consumer<ModelFile.Model> then);

        /** Says something neutral (saved, loaded). */
        void say(String message);

        /** Says what went wrong or was refused. */
        void warn(String message);
    }

    private final Studio studio;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();

    SavedModels(Studio studio) {
        this.studio = studio;
    }

    /** Saves the newest weights (a copy: allowed while training). */
    public boolean save(Path file) {
        Network n = studio.networkToSave();
        try {
            ModelFile.save(n, studio.trainingNote(), file);
            remember(file);
            studio.say("Saved " + file.getFileName() + " (" + String.format(Locale.ROOT, "%,d", n.paramCount()) + " weights).");
            return true;
        } catch (IOException | RuntimeException e) {
            studio.warn("Could not save " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /** Loads a model file; on any problem the current network stays and the message says why. */
    public boolean load(Path file) {
        if (studio.busy()) {
            studio.warn("Stop the run before loading a model.");
            return false;
        }
        try {
            ModelFile.Model m = ModelFile.load(file);
            remember(file);
            return adopt(m, file.getFileName().toString());
        } catch (IOException e) {
            studio.warn("Kept the current network: " + e.getMessage());
            return false;
        }
    }

    /** The model shipped with the app, one click away: read in the background, shown when ready. */
    public boolean loadDefault() {
        if (studio.busy()) {
            studio.warn("Stop the run before loading a model.");
            return false;
        }
        studio.loadInBackground("Loading the default model…", DefaultModel::load, m -> adopt(m, "the default model"));
        return true;
    }

    private boolean adopt(ModelFile.Model m, String name) {
        Optional<NetworkDesign> d = DesignModel.designOf(m.network().architecture());
        if (d.isEmpty()) {
            studio.warn("Kept the current network: " + name + " has layers the studio cannot edit ("
                    + m.network().architecture() + "). The studio trains 1–3 convolution blocks, an optional dense layer and 10 outputs.");
            return false;
        }
        studio.adoptLoaded(d.get(), m.network(), name);
        studio.say("Loaded " + name + (m.note().isBlank() ? "" : ": " + m.note()));
        return true;
    }

    private void remember(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            folder.set(parent);
        }
    }

    /** The folder of the last model saved or loaded, where the file chooser opens next. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }
}
