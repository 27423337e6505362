package org.receptive.ui.stepper;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.Controls;

/**
 * Play and step controls, a scrub slider over every position, the speed (0.25 to 20 steps a
 * second on a logarithmic slider, so slow speeds get as much room as fast ones) and where the
 * sweep is, in words. One row where it fits; narrower (zoomed in), the speed and GIF… go to a
 * second row rather than push the bar past the window.
 */
final class PlaybackBar extends VBox {

    private final HBox first = new HBox(8), second = new HBox(8);
    private final List<Node> speedGroup;

    private final StepperViewModel model;
    private final Button play = Controls.button("play", "▶ Play", "Play or pause the sweep (Space)");
    private final Slider scrub = new Slider(-1, 0, -1);
    private final Slider speed = new Slider(Math.log(Playback.MIN_SPEED) / Math.log(2), Math.log(Playback.MAX_SPEED) / Math.log(2), 1);
    private final Label speedText = new Label();
    private final Label where = new Label();
    private boolean syncing;

    PlaybackBar(StepperViewModel model, Runnable saveGif) {
        this.model = model;
        getStyleClass().add("playback");
        setSpacing(6);
        first.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        Button start = Controls.button("toStart", "|◀ Start", "Back to the start, nothing computed (Home)");
        Button back = Controls.button("back", "◀ Step", "One position back (←)");
        Button forward = Controls.button("forward", "Step ▶", "One position forward (→)");
        Button fill = Controls.button("fillAll", "Fill all ▶|", "Compute every output cell at once (End)");
        start.setOnAction(e -> model.toStart());
        back.setOnAction(e -> model.back());
        forward.setOnAction(e -> model.forward());
        fill.setOnAction(e -> model.toEnd());
        play.setOnAction(e -> model.togglePlaying());
        play.setMinWidth(110);
        scrub.setId("scrub");
        Controls.tooltip(scrub, "Drag to any position of the sweep");
        scrub.setBlockIncrement(1);
        scrub.setMinWidth(110);   // zoomed in on a projector (250% of 1920), the row then fits in 768 px
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.jump((int) Math.round(b.doubleValue()));
            }
        });
        speed.setId("speed");
        speed.setPrefWidth(150);
        Controls.tooltip(speed, "Steps per second while playing (+ and − keys)");
        speed.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.setSpeed(Math.pow(2, b.doubleValue()));
            }
        });
        speedText.setMinWidth(90);
        where.setId("where");
        where.setMinWidth(150);
        Button gif = Controls.button("saveGif", "GIF…",
                "Save the whole sweep, every kernel and channel, as an animated GIF for slides (Ctrl+G)");
        gif.setOnAction(e -> saveGif.run());
        Label speedLabel = new Label("Speed");
        speedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        speedText.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        speedGroup = List.of(speedLabel, speed, speedText, gif);
        first.getChildren().addAll(start, back, play, forward, fill, scrub, where);
        first.getChildren().addAll(speedGroup);
        getChildren().add(first);
        widthProperty().addListener((o, was, now) -> split(now.doubleValue()));
        for (Button b : new Button[] {start, back, play, forward, fill, gif}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // the slider gives way, never a label
        }
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** Two rows when {@code width} cannot hold one (by width, which the window sets, never by height). */
    private void split(double width) {
        boolean two = width > 0 && width < snappedLeftInset() + snappedRightInset() + least(allInOneRow());
        if (two && second.getParent() == null) {
            second.getChildren().setAll(speedGroup);
            getChildren().add(second);
        } else if (!two && second.getParent() != null) {
            first.getChildren().addAll(speedGroup);
            getChildren().remove(second);
        }
    }

    private List<Node> firstPart() {
        return first.getChildren().stream().filter(n -> !speedGroup.contains(n)).toList();
    }

    private List<Node> allInOneRow() {
        List<Node> all = new java.util.ArrayList<>(firstPart());
        all.addAll(speedGroup);
        return all;
    }

    /** The least width of {@code nodes} in one row. */
    private double least(List<Node> nodes) {
        double sum = first.getSpacing() * (nodes.size() - 1);
        for (Node n : nodes) {
            sum += n.minWidth(-1);
        }
        return sum;
    }

    // Asks for the two-row width only: one row is taken when there is room for it.
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(least(firstPart()), least(speedGroup));
    }

    void refresh() {
        syncing = true;
        play.setText(model.playing() ? "|| Pause" : "▶ Play");
        scrub.setMax(Math.max(-1, model.positions() - 1));
        scrub.setValue(model.position());
        scrub.setDisable(model.positions() == 0);
        speed.setValue(Math.log(model.speed()) / Math.log(2));
        speedText.setText(String.format(Locale.ROOT, model.speed() < 1 ? "%.2f / s" : "%.0f / s", model.speed()));
        where.setText(model.positions() == 0 ? "no positions"
                : model.position() < 0 ? "before step 1 of " + model.positions()
                : "step " + (model.position() + 1) + " of " + model.positions());
        syncing = false;
    }
}
