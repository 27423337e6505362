package org.receptive.ui.classroom;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.receptive.engine.AtomicFile;
import org.receptive.ui.common.Notices;

/** A PNG of any view, for slides: what is on screen, at a chosen scale, saved atomically where the teacher chooses. */
public final class Snapshots {

    private Snapshots() {
    }

    /** Renders {@code node} at {@code scale} (2 gives a sharp picture for slides) into a PNG file. */
    public static void savePng(Node node, double scale, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        WritableImage image = node.snapshot(params, null);
        java.awt.image.BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        AtomicFile.write(file, tmp -> {
            if (!ImageIO.write(picture, "png", tmp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /**
     * Asks where to save a picture of {@code view} (named after {@code name}, e.g. "stepper") at
     * twice its size, sharp on a slide, and saves it; a failure is said in a dialog, in words.
     */
    public static void choose(Node view, String name, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a picture of this view");
        chooser.setInitialFileName("receptive-" + name + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        try {
            savePng(view, 2, f.toPath());
            Notices.show(view, "PNG saved to " + f + ".");
        } catch (IOException | RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, "The picture could not be saved to " + f + ": " + ex.getMessage());
            a.setHeaderText("Picture not saved");
            a.showAndWait();
        }
    }
}
