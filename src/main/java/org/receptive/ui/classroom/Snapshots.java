package org.receptive.ui.classroom;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.receptive.engine.AtomicFile;

/** A PNG of any view, for slides: what is on screen, at a chosen scale, saved atomically. */
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
}
