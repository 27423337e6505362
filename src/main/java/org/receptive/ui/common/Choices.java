package org.receptive.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * One of a few choices, as ControlsFX's {@link SegmentedButton}: joined buttons that read as one
 * control, the chosen one pressed. It is kept in step with a view-model property both ways, and
 * one choice is always made (pressing the chosen button again keeps it). With a null value (the
 * studio's design after an edit: no preset any more) no button is pressed.
 */
public final class Choices {

    private Choices() {
    }

    /**
     * Buttons for {@code options}, each found by {@code id}, showing {@code label} and explained
     * by {@code tooltip}, the one equal to {@code chosen} pressed; pressing one sets {@code chosen}.
     */
    public static <T> SegmentedButton segmented(Property<T> chosen, List<T> options, Function<T, String> id,
                                                Function<T, String> label, Function<T, String> tooltip) {
        SegmentedButton s = new SegmentedButton();
        s.getStyleClass().add("choices");
        for (T option : options) {
            ToggleButton b = new ToggleButton(label.apply(option));
            b.setId(id.apply(option));
            b.setUserData(option);
            b.setMinWidth(Region.USE_PREF_SIZE);   // a choice's words are never cut to "…"
            Controls.tooltip(b, tooltip.apply(option));
            b.setOnAction(e -> {
                chosen.setValue(option);
                b.setSelected(option.equals(chosen.getValue()));   // pressing the chosen one again keeps it chosen
            });
            s.getButtons().add(b);
        }
        select(s, chosen.getValue());
        chosen.addListener((o, was, now) -> select(s, now));
        return s;
    }

    private static void select(SegmentedButton s, Object value) {
        for (ToggleButton b : s.getButtons()) {
            b.setSelected(value != null && value.equals(b.getUserData()));
        }
    }
}
