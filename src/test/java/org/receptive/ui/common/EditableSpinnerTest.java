package org.receptive.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.WindowFixture;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the monkey found: junk or nothing typed into a spinner, then Enter and the arrows, threw on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class EditableSpinnerTest {

    private final SimpleIntegerProperty epochs = new SimpleIntegerProperty(3);
    private Spinner<Integer> bound, plain;

    @Start
    void start(Stage stage) {
        bound = Fields.spinner(epochs, 1, 20, 1);
        plain = Fields.editable(new Spinner<>(0, 9999, 5));
        WindowFixture.show(stage, new VBox(bound, plain));
    }

    @Test
    void junkOrNothingTypedPutsTheLastValueBackAndTheArrowsStillWork() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (String typed : new String[] {"abc", "", "2147483648", "three", "0,5"}) {
                plain.getEditor().setText(typed);
                plain.commitValue();
                assertEquals(5, plain.getValue(), "after '" + typed + "'");
                assertEquals("5", plain.getEditor().getText(), "the field shows the value again after '" + typed + "'");
            }
            plain.increment(2);
            assertEquals(7, plain.getValue());
            bound.getEditor().setText("");
            bound.commitValue();
            bound.decrement(1);
            assertEquals(2, epochs.get(), "the property follows the arrows after an empty field");
            bound.getEditor().setText("500");
            bound.commitValue();
            assertEquals(20, epochs.get(), "out of range: the largest allowed");
        }).get();
    }
}
