package org.receptive.ui.draw;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.receptive.data.Dataset;
import org.receptive.engine.Network;
import org.receptive.ui.network.NetworkViewModel;

/**
 * The draw pad inside a lesson: its own copy of the model and its own strokes, so a lesson never
 * changes the Draw view. One setting, {@code pad: NAME}: the lesson's pads of the same name share
 * one drawing, so a digit drawn on one page is the one the next page explains (a pad without a
 * name is a drawing of its own). Anything else given is named as unused.
 */
public final class DrawWidget {

    /** Its least width: the view's own floor (it works there zoomed in), so it fits a lesson's column at 100% in 1400×900. */
    static final double WIDTH = org.receptive.ui.classroom.ZoomPane.LAYOUT_FLOOR_WIDTH, HEIGHT = 860;

    private record Pad(DrawViewModel model, TeachModel teach) {
    }

    private final Network network;
    private final Dataset digits;
    private final Map<String, Pad> named = new HashMap<>();

    /** Pads over (copies of) {@code network}, classifying and explaining against {@code digits}. */
    public DrawWidget(Network network, Dataset digits) {
        this.network = network;
        this.digits = digits;
    }

    public Node create(Map<String, String> settings, List<String> problems) {
        settings.keySet().stream().filter(k -> !k.equals("pad"))
                .forEach(k -> problems.add("the draw pad has no setting '" + k + "'"));
        String name = settings.get("pad");
        Pad pad = name == null || name.isBlank() ? newPad() : named.computeIfAbsent(name.strip(), n -> newPad());
        DrawView view = new DrawView(pad.model(), pad.teach());
        return org.receptive.ui.common.WideWidget.of(view, WIDTH, HEIGHT);
    }

    private Pad newPad() {
        DrawViewModel model = new DrawViewModel(new NetworkViewModel(network.copy(), digits));
        return new Pad(model, TeachModel.inApp(model));
    }
}
