package org.receptive.ui.lesson;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.receptive.lesson.Block;

/**
 * The live demos of the lessons read so far, each built once and kept, so a student who turns
 * the page and comes back finds the drawing, the sweep or the training run as they left it. A
 * demo off the page does no work (each widget pauses itself when it leaves the window). Only
 * the {@link #KEPT} most recently shown are kept; an older one is closed (its run stopped) and
 * built afresh if the student goes that far back.
 */
final class LiveDemos {

    /** Demos kept: every one of the bundled lessons, with room for a teacher's. */
    static final int KEPT = 40;

    private final WidgetRegistry registry;
    // Keyed by the block itself (identity): two lessons may hold equal blocks, each with its own demo.
    private final Map<Block.Widget, Node> byIdentity = new IdentityHashMap<>();
    /** Least recently shown first. */
    private final List<Block.Widget> order = new ArrayList<>();

    LiveDemos(WidgetRegistry registry) {
        this.registry = registry;
    }

    /** The card of a lesson's widget block: the one already built, or a new one. */
    Node card(Block.Widget block) {
        Node card = byIdentity.get(block);
        if (card == null) {
            card = registry.card(block);
            byIdentity.put(block, card);
        }
        order.removeIf(b -> b == block);
        order.add(block);
        while (order.size() > KEPT) {
            Block.Widget oldest = order.remove(0);
            org.receptive.ui.common.WideWidget.close(byIdentity.remove(oldest));
        }
        return card;
    }

    int size() {
        return byIdentity.size();
    }
}
