package org.receptive.ui.lesson;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.receptive.lesson.Block;
import org.receptive.ui.common.WideWidget;

/**
 * The live demos of the pages read last, each built once and kept, so a student who turns back a
 * page or two finds the drawing, the sweep or the training run as they left it. A demo off the
 * page does no work (each widget pauses itself when it leaves the window). Once a page is shown
 * ({@link #pageShown()}), only the demos of the {@link #KEPT} most recently shown are kept, and
 * always every demo of the page on screen; an older one is closed (its run stopped) and built
 * afresh if the student goes that far back. A Draw pad's drawing outlives its demo: the pads of
 * one name share it ({@code DrawWidget}).
 */
final class LiveDemos {

    /**
     * Demos kept: the page on screen and the two before it, the back-and-forth of a class
     * checking an answer against the demo it came from. A bundled lesson's page holds at most one
     * demo, and the heaviest (a Network or Draw demo, with seventy feature maps) keep 5–10 MB each;
     * all 26 kept held 205 MB four minutes into the long monkey.
     */
    static final int KEPT = 3;

    private final WidgetRegistry registry;
    // Keyed by the block itself (identity): two lessons may hold equal blocks, each with its own demo.
    private final Map<Block.Widget, Node> byIdentity = new IdentityHashMap<>();
    /** Least recently shown first. */
    private final List<Block.Widget> order = new ArrayList<>();
    /** How many demos the page being built holds: the last of {@link #order}. */
    private int onPage;

    LiveDemos(WidgetRegistry registry) {
        this.registry = registry;
    }

    /** The card of a lesson's widget block on the page being built: the one already built, or a new one. */
    Node card(Block.Widget block) {
        Node card = byIdentity.get(block);
        if (card == null) {
            card = registry.card(block);
            byIdentity.put(block, card);
        }
        order.removeIf(b -> b == block);
        order.add(block);
        onPage++;
        return card;
    }

    /** The page built from the cards asked for since the last call is on screen: older demos beyond {@link #KEPT} are closed. */
    void pageShown() {
        while (order.size() > Math.max(KEPT, onPage)) {
            WideWidget.close(byIdentity.remove(order.remove(0)));
        }
        onPage = 0;
    }

    int size() {
        return byIdentity.size();
    }
}
