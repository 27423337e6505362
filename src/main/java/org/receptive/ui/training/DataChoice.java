package org.receptive.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.receptive.data.Dataset;
import org.receptive.data.IdxFolder;
import org.receptive.data.Mnist;
import org.receptive.engine.Architecture;
import org.receptive.engine.Shape;
import org.receptive.ui.training.results.ResultsModel;

/**
 * Which images the studio uses: the sources on offer (the built-in MNIST, Fashion-MNIST when it
 * is installed, folders the student opened, once checked) and the one chosen.
 */
final class DataChoice {

    private final ObservableList<DataSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<DataSource> chosen = new SimpleObjectProperty<>();

    DataChoice() {
        sources.add(DataSource.mnist());
        DataSource fashion = DataSource.fashionMnistIfInstalled();
        if (fashion != null) {
            sources.add(fashion);
        }
        chosen.set(sources.get(0));
    }

    ObservableList<DataSource> sources() {
        return sources;
    }

    ObjectProperty<DataSource> chosenProperty() {
        return chosen;
    }

    /** The digits whose feature maps are drawn: the chosen set's test images once read, MNIST's until then. */
    Dataset testDigits() {
        DataSource d = chosen.get();
        return d != null && d.test() != null ? d.test() : Mnist.test();
    }

    /** The chosen set's test images, read when scoring starts. */
    ResultsModel.TestImages testImages() {
        DataSource d = chosen.get();
        return () -> {
            d.load();
            return d.test();
        };
    }

    /**
     * Opens an IDX folder the student picked, on a thread of its own (a folder of 60,000 images
     * takes a few seconds to read), and offers it only if the studio's networks can learn from it:
     * its images must be the 28×28 the designs read ({@link Architecture#mismatch}).
     * Otherwise, or when it cannot be read, one sentence says why, and the data stay as they were.
     */
    void openFolder(Path dir, Supplier<Architecture> designed, Executor ui, RunTexts texts) {
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        texts.say("Reading the folder " + name + "…");
        Thread t = new Thread(() -> {
            try {
                IdxFolder f = IdxFolder.open(dir);
                ui.execute(() -> useFolder(name, f, designed.get(), texts));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> texts.warn("Cannot use that folder: " + e.getMessage()));
            }
        }, "open-idx-folder");
        t.setDaemon(true);
        t.start();
    }

    private void useFolder(String name, IdxFolder f, Architecture a, RunTexts texts) {
        Shape images = f.train().shape();
        String mismatch = a.mismatch(images, 10);
        if (!images.equals(f.test().shape())) {
            texts.warn("Cannot use the folder " + name + ": its training images are " + images.height() + "×" + images.width()
                    + " but its test images " + f.test().shape().height() + "×" + f.test().shape().width() + ".");
        } else if (!images.equals(a.input())) {   // the designs here always read 28×28: the CLI's advice does not apply
            texts.warn("Cannot use the folder " + name + ": its images are " + images.height() + "×" + images.width()
                    + (images.channels() > 1 ? " with " + images.channels() + " channels" : "")
                    + ", and the studio's networks read " + a.input().height() + "×" + a.input().width()
                    + " grey pictures (the command line trains on other sizes).");
        } else if (mismatch != null) {
            texts.warn("Cannot use the folder " + name + ": " + mismatch + ".");
        } else {
            DataSource d = DataSource.of(f);
            sources.add(d);
            chosen.set(d);
            texts.say("Using the folder " + name + ": " + d.sizes() + ".");
        }
    }
}
