package org.receptive.ui.classroom;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.Controls;

/**
 * The "?" overlay: {@link ClassroomKeys} as a card over the view, for a teacher who forgot a key.
 * Any key or a click closes it; it takes the focus while open, so no key reaches the view behind.
 */
public final class KeysOverlay extends StackPane {

    public KeysOverlay() {
        getStyleClass().add("keys-overlay");
        setId("keysOverlay");
        Label title = new Label("Keys");
        title.getStyleClass().add("keys-title");
        FlowPane groups = new FlowPane(36, 8);
        groups.setPrefWrapLength(1250);   // two columns of groups: the whole list fits a 1400×900 window
        for (ClassroomKeys.Group g : ClassroomKeys.ALL) {
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(3);
            Label where = new Label(g.where());
            where.getStyleClass().add("keys-group");
            grid.add(where, 0, 0, 2, 1);
            int row = 1;
            for (ClassroomKeys.Key k : g.keys()) {
                Label keys = new Label(k.keys());
                keys.getStyleClass().add("keys-key");
                Label action = new Label(k.action());
                action.setWrapText(true);
                action.setMaxWidth(250);
                grid.addRow(row++, keys, action);
            }
            groups.getChildren().add(grid);
        }
        Button close = Controls.button("closeKeys", "Close", "Close this list (Esc, or any key)", this::close);
        VBox card = new VBox(12, title, groups, close);
        card.getStyleClass().add("keys-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        card.setFillWidth(false);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> close());
        setOnKeyPressed(e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.TAB) {
                close();
                e.consume();
            }
        });
    }

    public void open() {
        setVisible(true);
        requestFocus();
    }

    public void close() {
        setVisible(false);
    }

    public boolean isOpen() {
        return isVisible();
    }
}
