package org.receptive.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.network.NetworkViewModel;

/** The main window's frame: navigation on the left, the chosen view in the middle. */
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
        // A selected view stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            }
        });
        Label name = new Label("Receptive");
        name.getStyleClass().add("app-name");
        VBox nav = new VBox(name, networkButton);
        nav.getStyleClass().add("nav");
        setLeft(nav);
        setCenter(new NetworkView(network));
    }

    NetworkViewModel networkModel() {
        return network;
    }
}
