package org.receptive.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import org.receptive.ui.stepper.StepperView;
import org.receptive.ui.stepper.StepperViewModel;

/**
 * The main window's frame: the app's name and its views along the top, the chosen view below.
 * Each view is built the first time it is chosen and then kept, so switching back finds it as it
 * was left (a half-finished sweep, a selected neuron).
 */
final class Shell extends BorderPane {

    private final NetworkViewModel network;
    private final StepperViewModel stepper = new StepperViewModel();
    /** The Draw view has its own copy of the model: fine-tuning it leaves the Network view's alone. */
    private final DrawViewModel draw;
    private final TeachModel teach;
    private final ToggleGroup group = new ToggleGroup();
    private final HBox nav = new HBox(4);
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Map<String, Node> built = new LinkedHashMap<>();
    private final Map<String, Supplier<Node>> suppliers = new LinkedHashMap<>();

    Shell() {
        network = new NetworkViewModel(DefaultModel.load().network(), Mnist.test());
        draw = new DrawViewModel(new NetworkViewModel(DefaultModel.load().network(), Mnist.test()));
        teach = TeachModel.inApp(draw);
        // A selected view stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            }
        });
        view("stepper", "Stepper", "Slide a kernel over a grid, one multiplication at a time", () -> new StepperView(stepper));
        view("network", "Network", "The default model's layers, feature maps and receptive fields", () -> new NetworkView(network));
        view("draw", "Draw", "Draw a digit and watch the network read it, layer by layer", () -> new DrawView(draw, teach));
        Label name = new Label("Receptive");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("how a convolutional network sees");
        tagline.getStyleClass().add("tagline");
        nav.getStyleClass().add("nav");
        HBox header = new HBox(18, name, nav, tagline);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        setTop(header);
        show("stepper");
    }

    private void view(String id, String text, String tip, Supplier<Node> make) {
        ToggleButton b = new ToggleButton(text);
        b.setId("nav-" + id);
        b.setTooltip(new Tooltip(tip));
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setOnAction(e -> show(id));
        buttons.put(id, b);
        nav.getChildren().add(b);
        built.put(id, null);
        suppliers.put(id, make);
    }

    /** Shows a view by id ("stepper", "network", "draw", …); false, changing nothing, for an unknown id. */
    boolean show(String id) {
        if (!buttons.containsKey(id)) {
            return false;
        }
        Node v = built.get(id);
        if (v == null) {
            v = suppliers.get(id).get();
            built.put(id, v);
        }
        buttons.get(id).setSelected(true);
        setCenter(v);
        return true;
    }

    DrawViewModel drawModel() {
        return draw;
    }

    NetworkViewModel networkModel() {
        return network;
    }

    StepperViewModel stepperModel() {
        return stepper;
    }
}
