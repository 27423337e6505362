package org.receptive.ui.lesson;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.receptive.data.PictureFile;
import org.receptive.lesson.LessonPictures;

/**
 * The pictures of one lesson as nodes: each named picture is looked up by
 * {@link LessonPictures} (which keeps a lesson inside its folder and the app's assets), decoded
 * once with {@link PictureFile}'s checks and kept, so turning pages does not decode again. A
 * picture that cannot be shown becomes one plain sentence in its place. The alt text is what a
 * screen reader says for the picture.
 */
final class LessonFigures {

    /** Largest picture decoded, in pixels; PictureFile decodes a larger side subsampled anyway. */
    static final long MAX_PIXELS = 16_000_000L;
    /** Pixels one lesson's decoded pictures may hold in all (about 100 MB): a hostile file cannot fill memory. */
    static final long BUDGET_PIXELS = 24_000_000L;
    /** Widest a picture is drawn in the reading column. */
    static final double MAX_WIDTH = 1000;

    /** For Markdown shown outside a lesson (nothing to look pictures up in). */
    static final LessonFigures NONE = new LessonFigures(null);

    private final LessonPictures source;
    private final Map<String, Object> decoded = new HashMap<>();   // name → Image or the sentence why not
    private long pixels;

    LessonFigures(LessonPictures source) {
        this.source = source;
    }

    /** The picture a lesson names, with its alt text and optional caption, or the sentence saying why not. */
    Node figure(String destination, String alt, String caption) {
        String described = alt == null || alt.isBlank() ? null : alt.strip();
        Object found = decoded.computeIfAbsent(destination == null ? "" : destination, this::decode);
        VBox box = new VBox(6);
        box.getStyleClass().add("md-figure");
        if (found instanceof Image image) {
            ColumnPicture picture = new ColumnPicture(image, MAX_WIDTH);
            ImageView view = picture.view();
            view.setAccessibleText(described == null ? "A picture without a description" : described);
            view.setId("picture-" + destination.replaceAll("[^A-Za-z0-9]+", "-"));
            box.getChildren().add(picture);
            if (caption != null && !caption.isBlank()) {
                Label c = new Label(caption.strip());
                c.getStyleClass().add("md-caption");
                c.setWrapText(true);
                box.getChildren().add(c);
            }
        } else {
            Label why = new Label(found + (described == null ? "" : " It shows: " + described));
            why.getStyleClass().add("md-picture-missing");
            why.setWrapText(true);
            box.getChildren().add(why);
        }
        return box;
    }

    private Object decode(String destination) {
        if (source == null) {
            return "The picture \"" + destination + "\" cannot be shown here: this text has no folder to take pictures from.";
        }
        LessonPictures.Found found = source.find(destination);
        if (found instanceof LessonPictures.Found.Problem p) {
            return p.sentence();
        }
        LessonPictures.Found.Bytes bytes = (LessonPictures.Found.Bytes) found;
        try {
            BufferedImage image = PictureFile.decode(bytes.bytes(), bytes.name(), MAX_PIXELS);
            long size = (long) image.getWidth() * image.getHeight();
            if (pixels + size > BUDGET_PIXELS) {
                return "The picture \"" + destination + "\" is not shown: this lesson's pictures already fill the room "
                        + "the app keeps for them; use fewer or smaller pictures.";
            }
            pixels += size;
            return SwingFXUtils.toFXImage(image, null);
        } catch (PictureFile.PictureException e) {
            return "The picture cannot be shown: " + e.getMessage() + ".";
        } catch (RuntimeException | OutOfMemoryError e) {
            return "The picture \"" + destination + "\" cannot be shown: it could not be decoded (" + e + ").";
        }
    }
}
