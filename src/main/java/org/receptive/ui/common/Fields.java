package org.receptive.ui.common;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;

/**
 * Small controls kept in step with view-model properties both ways. (Binding a spinner to
 * {@code IntegerProperty.asObject()} loses the binding once the adapter is garbage collected.)
 */
public final class Fields {

    private Fields() {
    }

    public static Spinner<Integer> spinner(IntegerProperty p, int min, int max, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, clamp(p.get(), min, max), step);
        editable(s);
        s.setPrefWidth(86);
        s.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != p.get()) {
                p.set(now);
            }
        });
        p.addListener((o, was, now) -> {
            if (!now.equals(s.getValue())) {
                s.getValueFactory().setValue(clamp(now.intValue(), min, max));
            }
        });
        return s;
    }

    /**
     * Lets people type into a whole-number spinner, forgiving what they type: text that is not a
     * whole number puts the last value back, and a number out of range is brought into it (by the
     * value factory). JavaFX's own converter throws at "abc" and sets the value to null at an
     * empty field, after which the spinner's arrows throw: both reached the FX thread's handler.
     */
    public static Spinner<Integer> editable(Spinner<Integer> s) {
        s.setEditable(true);
        var factory = s.getValueFactory();
        factory.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String typed) {
                try {
                    return Integer.parseInt(typed == null ? "" : typed.strip());
                } catch (NumberFormatException e) {
                    s.getEditor().setText(toString(factory.getValue()));   // the value stays, so nothing else rewrites the field
                    return factory.getValue();
                }
            }
        });
        return s;
    }

    public static <T> ChoiceBox<T> choice(Property<T> p, List<T> items) {
        ChoiceBox<T> c = new ChoiceBox<>();
        c.getItems().setAll(items);
        c.setValue(p.getValue());
        c.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(p.getValue())) {
                p.setValue(now);
            }
        });
        p.addListener((o, was, now) -> c.setValue(now));
        return c;
    }

    public static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    /**
     * Shows {@code text} in a field the view-model fills, unless someone is typing in it or it
     * already says so: a text field's setText repaints it even with the same text, which at 20
     * steps a second kept a dirty region open over the controls.
     */
    public static void showText(TextField field, String text) {
        if (!field.isFocused() && !text.equals(field.getText())) {
            field.setText(text);
        }
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
