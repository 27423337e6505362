package org.receptive.ui.draw;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.receptive.data.NonDigitRule;
import org.receptive.ui.common.ProbabilityBars;

/** The network's answer: the digit, large, how sure it is in words, and all ten probabilities. */
final class AnswerPanel extends VBox {

    private final DrawViewModel model;
    private final Label digit = new Label();
    private final Label status = new Label();
    private final ProbabilityBars bars = new ProbabilityBars(150);
    private final Label timing = new Label();

    AnswerPanel(DrawViewModel model) {
        super(6);
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("answer-panel");
        Label title = new Label("The network says");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);   // zoomed in, the narrow answer column takes it on two lines
        title.setMinHeight(Region.USE_PREF_SIZE);
        digit.setId("answer");
        digit.getStyleClass().add("answer-digit");
        digit.setTooltip(new Tooltip("The digit with the highest probability; “?” when it is below "
                + Math.round(100 * NonDigitRule.SURE) + "%"));
        status.setId("status");
        status.getStyleClass().add("answer-status");
        status.setWrapText(true);
        Label barsTitle = new Label("Probabilities");
        barsTitle.getStyleClass().add("sub-title");
        bars.setId("probabilities");
        Tooltip.install(bars, new Tooltip("The network's softmax output: how likely it finds each digit (they add up to 100%)"));
        timing.getStyleClass().add("hint");
        timing.setWrapText(true);   // in a narrow column it takes two lines rather than the column's width
        timing.setTooltip(new Tooltip("Drawing → preprocessing → every layer → answer, with every feature map redrawn, on this computer"));
        getChildren().addAll(title, digit, status, barsTitle, bars, timing);
    }

    private void init() {
        model.answerProperty().addListener((o, was, now) -> show());
        show();
    }

    private void show() {
        Answer a = model.answerProperty().get();
        digit.setText(a.empty() ? "–" : a.headline());
        digit.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unsure"), a.notSure() || a.empty());
        status.setText(a.status());
        bars.show(a.probabilities(), a.empty() || a.notSure() ? -1 : a.best());
        timing.setText(a.empty() ? "" : String.format(Locale.ROOT, "answer and all maps in %.1f ms", model.lastMillisProperty().get()));
    }
}
