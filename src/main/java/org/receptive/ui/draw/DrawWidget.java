package org.receptive.ui.draw;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.receptive.data.Dataset;
import org.receptive.engine.Network;
import org.receptive.ui.network.NetworkViewModel;

/**
 * The draw pad inside a lesson: its own copy of the model and its own strokes, so a lesson never
 * changes the Draw view. One setting, {@code pad: NAME}: the lesson's pads of the same name share
 * one drawing, so a digit drawn on one page is the one the next page explains (a pad without a
 * name is a drawing of its own). Anything else given is named as unused.
 *
 * <p>The pads of one name also share one view, which moves to whichever page shows it. A view
 * listens to its pad's model for as long as the model lives, and the named pads live as long as
 * the lessons: a new view each time a page's demo was built again stayed alive, off screen, for
 * good (four Draw views, 21 MB, three minutes into the long monkey, and more each time). Each
 * demo is a place the view moves into whenever its page is shown, so a page kept by the lessons
 * and shown again has its pad back. Two demos of one pad on the same page show it once, in the
 * later one.
 */
public final class DrawWidget {

    /**
     * Its least width: the view's own floor (it works there zoomed in), so it fits a lesson's
     * column at 100% in 1400×900. Its height: at that width the maps' column, with the
     * preprocessing strip's steps on three rows below the maps, needs 880.
     */
    static final double WIDTH = org.receptive.ui.classroom.ZoomPane.LAYOUT_FLOOR_WIDTH, HEIGHT = 900;

    /** A pad's drawing and answers, and once shown, its view in the lesson. */
    private static final class Pad {
        final DrawViewModel model;
        final TeachModel teach;
        Node widget;

        Pad(DrawViewModel model, TeachModel teach) {
            this.model = model;
            this.teach = teach;
        }

        Node widget() {
            if (widget == null) {
                DrawView view = new DrawView(model, teach);
                view.keepPreprocessingOpen();   // the lesson's text points at the strip, and the page scrolls
                widget = org.receptive.ui.common.WideWidget.of(view, WIDTH, HEIGHT);
            }
            return widget;
        }
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
        return place((name == null || name.isBlank() ? newPad() : named.computeIfAbsent(name.strip(), n -> newPad())).widget());
    }

    /**
     * A demo's place for the pad's one view: the view is put in it now (its page is being built)
     * and again whenever its page comes back on screen, taking it from the page that had it last.
     */
    private static Node place(Node view) {
        StackPane place = new StackPane(view);
        place.sceneProperty().addListener((o, was, now) -> {
            if (now != null && view.getParent() != place) {
                place.getChildren().setAll(view);
            }
        });
        return place;
    }

    private Pad newPad() {
        DrawViewModel model = new DrawViewModel(new NetworkViewModel(network.copy(), digits));
        return new Pad(model, TeachModel.inApp(model));
    }
}
