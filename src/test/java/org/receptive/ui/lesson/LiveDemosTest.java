package org.receptive.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.lesson.Block;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.common.WideWidget;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lessons keep the demos of the last few pages shown, not of every page read: forty kept
 * held 205 MB of maps, pads and explanations four minutes into the long monkey. A demo let go is
 * closed (its training run stopped); the demos of the page on screen are always kept.
 */
@ExtendWith(ApplicationExtension.class)
class LiveDemosTest {

    private final List<Integer> closed = new ArrayList<>();
    private final LiveDemos demos = new LiveDemos(new WidgetRegistry().register(WidgetKind.STEPPER,
            (settings, problems) -> {
                int line = Integer.parseInt(settings.get("n"));
                return WideWidget.onClose(new Region(), () -> closed.add(line));
            }));

    private static Block.Widget demo(int n) {
        return new Block.Widget(WidgetKind.STEPPER, Map.of("n", Integer.toString(n)), n);
    }

    /** Shows a page holding {@code blocks}, as the reader does; returns their cards. */
    private List<Node> page(Block.Widget... blocks) {
        List<Node> cards = new ArrayList<>();
        for (Block.Widget b : blocks) {
            cards.add(demos.card(b));
        }
        demos.pageShown();
        return cards;
    }

    @Test
    void onlyTheDemosOfTheLastPagesAreKeptAndTheOlderAreClosed() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            List<Block.Widget> lesson = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lesson.add(demo(i));
            }
            Node first = page(lesson.get(0)).get(0);
            Node second = page(lesson.get(1)).get(0);
            assertSame(first, page(lesson.get(0)).get(0), "turning back finds the demo as left");
            for (int i = 2; i < 8; i++) {
                page(lesson.get(i));
            }
            assertEquals(LiveDemos.KEPT, demos.size());
            assertEquals(List.of(1, 0, 2, 3, 4), closed, "the least recently shown closed first");
            assertNotSame(second, page(lesson.get(1)).get(0), "built afresh that far back");
        }).get();
    }

    @Test
    void everyDemoOfThePageOnScreenIsKeptHoweverMany() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Block.Widget[] many = new Block.Widget[LiveDemos.KEPT + 2];
            for (int i = 0; i < many.length; i++) {
                many[i] = demo(i);
            }
            page(demo(100));
            List<Node> cards = page(many);
            assertEquals(many.length, demos.size());
            assertEquals(List.of(100), closed);
            assertEquals(cards, page(many), "all of them, as they were");
        }).get();
    }
}
