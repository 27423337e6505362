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

/** The main window's frame: the app's name and its views along the top, the chosen view below. */
final class Shell extends BorderPane {

    private final NetworkViewModel network;

    Shell() {
        network = new NetworkViewModel(DefaultModel.load().network(), Mnist.test());
        ToggleGroup group = new ToggleGroup();
        ToggleButton networkButton = new ToggleButton("Network");
        networkButton.setId("nav-network");
        networkButton.setTooltip(new Tooltip("The default model's layers, feature maps and receptive fields"));
        networkButton.setToggleGroup(group);
        networkButton.setSelected(true);
        networkButton.setFocusTraversable(false);
        // A selected view stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            }
        });
        Label name = new Label("Receptive");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("how a convolutional network sees a digit");
        tagline.getStyleClass().add("tagline");
        HBox nav = new HBox(4, networkButton);
        nav.getStyleClass().add("nav");
        HBox header = new HBox(18, name, nav, tagline);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        setTop(header);
        setCenter(new NetworkView(network));
    }

    NetworkViewModel networkModel() {
        return network;
    }
}
