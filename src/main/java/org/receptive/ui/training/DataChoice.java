package org.receptive.ui.training;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;
import org.receptive.ui.training.results.ResultsModel;

/**
 * Which images the studio uses: the sources on offer (the built-in MNIST, Fashion-MNIST when it
 * is installed, folders the student opened) and the one chosen.
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
}
