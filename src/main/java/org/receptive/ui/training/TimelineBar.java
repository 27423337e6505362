package org.receptive.ui.training;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The training timeline: a slider over the snapshots kept so far. Dragging it back shows the
 * kernels, feature maps and accuracy of that moment; "Back to live" follows the run again.
 */
final class TimelineBar extends HBox {

    private final Slider slider = new Slider(0, 0, 0);
    private boolean following;   // true while the slider is moved by the run, not by the student

    TimelineBar(TrainingViewModel model) {
        super(10);
        WeightsOnShow shown = model.shown();
        getStyleClass().add("timeline");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Timeline");
        title.getStyleClass().add("sub-title");
        slider.setId("timeline");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.setPrefWidth(320);
        Button live = new Button("Back to live");
        live.setId("live");
        live.disableProperty().bind(shown.liveProperty());
        live.setOnAction(e -> model.goLive());
        Label caption = new Label();
        caption.setId("timelineCaption");
        caption.getStyleClass().add("timeline-caption");
        caption.textProperty().bind(shown.captionProperty());
        // Whole at any width and zoom: it wraps onto a second line rather than ending in "…",
        // and the slider gives up width before the caption does.
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setMinWidth(160);
        caption.setMaxWidth(Double.MAX_VALUE);
        slider.setMinWidth(120);
        HBox.setHgrow(caption, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        live.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(title, slider, live, caption);

        shown.snapshotsProperty().addListener((o, was, now) -> follow(() -> slider.setMax(Math.max(0, now.intValue() - 1))));
        shown.snapshotIndexProperty().addListener((o, was, now) -> follow(() -> slider.setValue(now.intValue())));
        slider.valueProperty().addListener((o, was, now) -> {
            int i = (int) Math.round(now.doubleValue());
            if (!following && i != shown.snapshotIndexProperty().get()) {
                model.scrubTo(i);
            }
        });
        follow(() -> slider.setMax(Math.max(0, shown.snapshotsProperty().get() - 1)));
    }

    private void follow(Runnable r) {
        following = true;
        try {
            r.run();
        } finally {
            following = false;
        }
    }
}
