package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The output-size formula is written with Latin digits whatever the machine's language. */
class SetupFormulaLocaleTest {

    @Test
    void theFormulaKeepsLatinDigitsOnAnArabicMachine() {
        Locale was = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals("output width = ⌊(7 + 2·0 − 1·(3−1) − 1) / 1⌋ + 1 = 5", Setup.DEFAULT.formula(false));
        } finally {
            Locale.setDefault(was);
        }
    }
}
