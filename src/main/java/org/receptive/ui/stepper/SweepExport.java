package org.receptive.ui.stepper;

import java.io.File;
import java.io.IOException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.SweepGif;

/**
 * Saves the current sweep as an animated GIF (the JDK's ImageIO writer, via {@link SweepGif}) on
 * a background thread: a 28×28 sweep with four kernels is thousands of frames' worth of drawing,
 * so it is capped and never holds up the window. The file appears only when complete.
 */
final class SweepExport {

    /** At most this many frames: a slide needs the idea, not every one of 3,136 positions. */
    static final int MAX_FRAMES = 400;

    private final StepperViewModel model;

    SweepExport(StepperViewModel model) {
        this.model = model;
    }

    void choose(Window owner) {
        ConvolutionStepper stepper = model.stepper();
        if (stepper == null) {
            show(Alert.AlertType.INFORMATION, "Nothing to save", "These settings cannot be stepped through: " + model.problemProperty().get());
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the sweep as an animated GIF");
        chooser.setInitialFileName("convolution-sweep.gif");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        int delay = (int) Math.max(20, Math.round(1000 / model.speed()));
        Thread t = new Thread(() -> {
            try {
                SweepGif.write(stepper, f.toPath(), 24, delay, MAX_FRAMES);
                Platform.runLater(() -> show(Alert.AlertType.INFORMATION, "GIF saved",
                        "Saved " + Math.min(MAX_FRAMES, stepper.positions()) + " steps to " + f + "."));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> show(Alert.AlertType.ERROR, "GIF not saved", "Could not write " + f + ": " + e.getMessage()));
            }
        }, "sweep-gif");
        t.setDaemon(true);
        t.start();
    }

    private static void show(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text);
        a.setHeaderText(header);
        a.show();
    }
}
