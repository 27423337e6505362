package org.receptive.ui.stepper;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.SweepGif;

/**
 * Saves the current sweep as an animated GIF (the JDK's ImageIO writer, via {@link SweepGif}) on
 * a background thread, saying how far it is: a long sweep is hundreds of frames' worth of drawing
 * and must not hold up the window. The file appears only when complete.
 */
final class SweepExport {

    private final StepperViewModel model;
    private final Function<Window, File> ask;
    private final Consumer<String> status;
    private final Consumer<String> saved;

    /**
     * {@code status} hears progress and problems, {@code saved} the sentence saying the GIF is
     * written, on the FX thread.
     */
    SweepExport(StepperViewModel model, Consumer<String> status, Consumer<String> saved) {
        this(model, SweepExport::askWhere, status, saved);
    }

    /** With another way of asking where to save (tests answer without a dialog). */
    SweepExport(StepperViewModel model, Function<Window, File> ask, Consumer<String> status, Consumer<String> saved) {
        this.model = model;
        this.ask = ask;
        this.status = status;
        this.saved = saved;
    }

    void choose(Window owner) {
        ConvolutionStepper stepper = model.stepper();
        if (stepper == null) {
            status.accept("Nothing to save: " + model.problemProperty().get());
            return;
        }
        File f = ask.apply(owner);
        if (f == null) {
            return;
        }
        SweepGif.Plan plan = SweepGif.Plan.of(stepper, model.speed());
        String each = plan.perFrame() == 1 ? "one position a frame" : plan.perFrame() + " positions a frame";
        status.accept("Writing the GIF: 0 of " + plan.frames() + " frames …");
        Thread t = new Thread(() -> {
            try {
                SweepGif.write(stepper, f.toPath(), plan, done -> {
                    if (done % 20 == 0) {
                        Platform.runLater(() -> status.accept("Writing the GIF: " + done + " of " + plan.frames() + " frames …"));
                    }
                });
                long kb = f.length() / 1024;
                Platform.runLater(() -> saved.accept(String.format(Locale.ROOT, "GIF saved to %s: %d frames (%s), %d KB.",
                        f, plan.frames(), each, kb)));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> status.accept("The GIF was not saved: could not write " + f + " (" + e.getMessage() + ")."));
            }
        }, "sweep-gif");
        t.setDaemon(true);
        t.start();
    }

    private static File askWhere(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the sweep as an animated GIF");
        chooser.setInitialFileName("convolution-sweep.gif");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
        return chooser.showSaveDialog(owner);
    }
}
