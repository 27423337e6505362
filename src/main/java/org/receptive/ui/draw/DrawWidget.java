package org.receptive.ui.draw;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.receptive.data.Dataset;
import org.receptive.engine.Network;
import org.receptive.ui.network.NetworkViewModel;

/**
 * The draw pad inside a lesson: its own copy of the model and its own strokes, so a lesson never
 * changes the Draw view. It takes no settings; any given are named as unused.
 */
public final class DrawWidget {

    static final double WIDTH = 1380, HEIGHT = 860;   // the size the Draw view is laid out for

    private DrawWidget() {
    }

    public static Node create(Network network, Dataset digits, Map<String, String> settings, List<String> problems) {
        settings.keySet().forEach(k -> problems.add("the draw pad has no setting '" + k + "'"));
        DrawViewModel model = new DrawViewModel(new NetworkViewModel(network.copy(), digits));
        DrawView view = new DrawView(model, TeachModel.inApp(model));
        return org.receptive.ui.common.WideWidget.of(view, WIDTH, HEIGHT);
    }
}
