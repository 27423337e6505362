package org.receptive.ui.common;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Fields where a number is typed, checked as it is typed: while the text is not a number the
 * field takes ({@link TypedNumber}: "−0,25", "1e-2" read), ControlsFX's {@link ValidationSupport}
 * marks the field and its tooltip says what is wanted. Committing stays the field's business (the
 * stepper puts the old number back on Enter when the text is not one).
 */
public final class NumberFields {

    private NumberFields() {
    }

    /**
     * A support whose mark a back row can see: ControlsFX's small icon (its tooltip says what is
     * wanted) and the style class {@code error}, which the theme draws as a thick dashed border.
     * Its fields are marked only while {@code last}, the last of them in the scene graph's order
     * (the last to learn it left a scene, or joined one), is in a scene: ControlsFX marks a field
     * out of any scene through a listener that waits for one, adding one at every check of every
     * field of the support, each holding its mark (a label with a tooltip) until then. The long
     * monkey found 5,225 of them and 2,316 tooltips for the fields of a stepper off screen.
     */
    public static ValidationSupport support(Node last) {
        ValidationSupport s = new ValidationSupport();
        ValidationDecoration marks = new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration());
        s.setValidationDecorator(last.getScene() == null ? null : marks);
        last.sceneProperty().addListener((o, was, now) -> s.setValidationDecorator(now == null ? null : marks));
        return s;
    }

    /**
     * Marks {@code field} through {@code support} while its text is not a number within
     * ±{@code limit} that {@code accepts} takes; {@code wanted} says in words what is.
     */
    public static void check(ValidationSupport support, TextField field, float limit, Predicate<Float> accepts, String wanted) {
        support.registerValidator(field, false, Validator.<String>createPredicateValidator(t -> {
            Float v = TypedNumber.parse(t, limit);
            return v != null && accepts.test(v);
        }, wanted));
    }
}
