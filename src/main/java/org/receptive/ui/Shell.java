package org.receptive.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.network.NetworkViewModel;
import org.receptive.ui.training.TrainingView;
import org.receptive.ui.training.TrainingViewModel;

/** The main window's frame: the app's name and its views along the top, the chosen view below. */
final class Shell extends BorderPane {

    private final NetworkViewModel network;
    private final NetworkView networkView;
    private final ToggleButton trainButton = new ToggleButton("Train");
    private TrainingView training;   // built on first visit: most lessons never train

    Shell() {
        network = new NetworkViewModel(DefaultModel.load().network(), Mnist.test());
        networkView = new NetworkView(network);
        ToggleGroup group = new ToggleGroup();
        ToggleButton networkButton = new ToggleButton("Network");
        networkButton.setId("nav-network");
        networkButton.setTooltip(new Tooltip("The default model's layers, feature maps and receptive fields"));
        networkButton.setToggleGroup(group);
        networkButton.setSelected(true);
        networkButton.setFocusTraversable(false);
        trainButton.setId("nav-train");
        trainButton.setTooltip(new Tooltip("Design a network, train it live and watch its kernels learn"));
        trainButton.setToggleGroup(group);
        trainButton.setFocusTraversable(false);
        // A selected view stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else if (now == trainButton) {
                setCenter(trainingView());
            } else if (now == networkButton) {
                setCenter(networkView);
            }
        });
        Label name = new Label("Receptive");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("how a convolutional network sees a digit");
        tagline.getStyleClass().add("tagline");
        HBox nav = new HBox(4, networkButton, trainButton);
        nav.getStyleClass().add("nav");
        HBox header = new HBox(18, name, nav, tagline);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        setTop(header);
        setCenter(networkView);
    }

    TrainingView trainingView() {
        if (training == null) {
            training = new TrainingView(new TrainingViewModel(javafx.application.Platform::runLater));
        }
        return training;
    }

    /** Switches to the training studio. */
    void showTraining() {
        trainButton.setSelected(true);
    }

    NetworkViewModel networkModel() {
        return network;
    }
}
