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
import org.receptive.ui.draw.DrawView;
import org.receptive.ui.draw.DrawViewModel;
import org.receptive.ui.draw.TeachModel;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.network.NetworkViewModel;

/** The main window's frame: the app's name and its views along the top, the chosen view below. */
final class Shell extends BorderPane {

    private final NetworkViewModel network;
    /** The Draw view has its own copy of the model: fine-tuning it leaves the Network view's alone. */
    private final DrawViewModel draw;
    private final TeachModel teach;
    private final ToggleButton networkButton = new ToggleButton("Network");
    private final ToggleButton drawButton = new ToggleButton("Draw");
    private NetworkView networkView;
    private DrawView drawView;

    Shell() {
        network = new NetworkViewModel(DefaultModel.load().network(), Mnist.test());
        draw = new DrawViewModel(new NetworkViewModel(DefaultModel.load().network(), Mnist.test()));
        teach = TeachModel.inApp(draw);
        ToggleGroup group = new ToggleGroup();
        networkButton.setId("nav-network");
        networkButton.setTooltip(new Tooltip("The default model's layers, feature maps and receptive fields"));
        networkButton.setToggleGroup(group);
        networkButton.setSelected(true);
        networkButton.setFocusTraversable(false);
        drawButton.setId("nav-draw");
        drawButton.setTooltip(new Tooltip("Draw a digit and watch the network read it, layer by layer"));
        drawButton.setToggleGroup(group);
        drawButton.setFocusTraversable(false);
        // A selected view stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                showSelected();
            }
        });
        Label name = new Label("Receptive");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("how a convolutional network sees a digit");
        tagline.getStyleClass().add("tagline");
        HBox nav = new HBox(4, networkButton, drawButton);
        nav.getStyleClass().add("nav");
        HBox header = new HBox(18, name, nav, tagline);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        setTop(header);
        showSelected();
    }

    /** Views are built the first time they are chosen, then kept with their state. */
    private void showSelected() {
        if (drawButton.isSelected()) {
            if (drawView == null) {
                drawView = new DrawView(draw, teach);
            }
            setCenter(drawView);
        } else {
            if (networkView == null) {
                networkView = new NetworkView(network);
            }
            setCenter(networkView);
        }
    }

    /** Shows a view by name ("network", "draw"); false if there is none of that name. */
    boolean show(String view) {
        switch (view) {
            case "network" -> networkButton.setSelected(true);
            case "draw" -> drawButton.setSelected(true);
            default -> {
                return false;
            }
        }
        return true;
    }

    DrawViewModel drawModel() {
        return draw;
    }

    NetworkViewModel networkModel() {
        return network;
    }
}
