package org.receptive.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.LiveScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A grid below the fold waits to be drawn, and shows its newest numbers once scrolled to. */
@ExtendWith(ApplicationExtension.class)
class DrawnWhenSeenTest {

    private final ValueGrid grid = new ValueGrid();
    private ScrollPane scroller;

    @Start
    void start(Stage stage) {
        grid.setCellSize(20);   // no numbers in the cells: the colour alone is sampled
        Region fold = new Region();
        fold.setMinHeight(1000);
        scroller = new LiveScrollPane(new VBox(fold, grid));
        stage.setScene(new Scene(scroller, 200, 200));
        stage.show();
    }

    @Test
    void aGridOutOfSightWaitsAndShowsItsLatestNumbersWhenScrolledTo(FxRobot robot) throws Exception {
        robot.interact(() -> grid.show(GridPicture.of(new float[][] {{1, 0}, {0, 0}}, 0, "first")));
        robot.interact(() -> grid.show(GridPicture.of(new float[][] {{-1, 0}, {0, 1}}, 0, "second")));
        assertTrue(grid.drawingWaits(), "below the fold: nothing drawn yet");
        robot.interact(() -> scroller.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(grid.drawingWaits());
        assertColour(ColorMap.DIVERGING.of(-1, -1, 1), 0, 0);
        assertColour(ColorMap.DIVERGING.of(1, -1, 1), 1, 1);
        // In sight, a change is drawn at once.
        robot.interact(() -> grid.show(GridPicture.of(new float[][] {{1, 0}, {0, 0}}, 0, "third")));
        assertFalse(grid.drawingWaits());
        assertColour(ColorMap.DIVERGING.of(1, -1, 1), 0, 0);
        assertColour(ColorMap.DIVERGING.of(0, -1, 1), 1, 1);
    }

    private void assertColour(Color expected, int row, int col) throws Exception {
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> grid.snapshot(null, null)).get();
        var at = grid.centre(row, col);
        Color seen = shot.getPixelReader().getColor((int) at.getX(), (int) at.getY());
        assertEquals(expected.getRed(), seen.getRed(), 0.02, "red of " + seen + " at " + row + "," + col);
        assertEquals(expected.getGreen(), seen.getGreen(), 0.02, "green of " + seen);
        assertEquals(expected.getBlue(), seen.getBlue(), 0.02, "blue of " + seen);
    }
}
