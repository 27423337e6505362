package org.receptive.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    /** The view a demo's place holds as it is made. */
    private static Node view(Node place) {
        return ((javafx.scene.Parent) place).getChildrenUnmodifiable().get(0);
    }
}
