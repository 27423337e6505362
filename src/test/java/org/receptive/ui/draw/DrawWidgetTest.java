package org.receptive.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson's pads of one name are one view, however often their pages' demos are built again: a
 * view listens to its pad for as long as the pad lives (as long as the lessons), so each new one
 * stayed alive off screen for good.
 */
@ExtendWith(ApplicationExtension.class)
class DrawWidgetTest {

    @Test
    void thePadsOfOneNameShareOneViewAndAPadWithoutANameHasItsOwn() throws Exception {
        DrawWidget widget = new DrawWidget(DefaultModel.load().network(), Mnist.test());
        List<String> problems = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Node first = view(widget.create(Map.of("pad", "your-digit"), problems));
            assertSame(first, view(widget.create(Map.of("pad", "your-digit"), problems)), "the page built again gets the same view");
            assertSame(first, view(widget.create(Map.of("pad", " your-digit "), problems)));
            assertNotSame(first, view(widget.create(Map.of("pad", "another"), problems)));
            assertNotSame(view(widget.create(Map.of(), problems)), view(widget.create(Map.of(), problems)),
                    "no name: a drawing of its own");
        }).get();
        assertEquals(List.of(), problems);
    }

    /** A lesson's text points at the strip "What the network is given", and its page scrolls: narrow, it stays open. */
    @Test
    void aLessonsPadKeepsThePreprocessingStripOpen() throws Exception {
        DrawWidget widget = new DrawWidget(DefaultModel.load().network(), Mnist.test());
        boolean open = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.ScrollPane place = (javafx.scene.control.ScrollPane) view(widget.create(Map.of("pad", "your-digit"),
                    new ArrayList<>()));
            DrawView view = (DrawView) place.getContent();
            view.resize(DrawWidget.WIDTH, DrawWidget.HEIGHT);   // narrower than DrawView.COMPACT_WIDTH: folded in the Draw view
            view.layout();
            return view.strip().openProperty().get() && view.getWidth() < DrawView.COMPACT_WIDTH;
        }).get();
        assertTrue(open);
    }

    /** The view a demo's place holds as it is made. */
    private static Node view(Node place) {
        return ((javafx.scene.Parent) place).getChildrenUnmodifiable().get(0);
    }
}
