package org.receptive.ui.common;

/**
 * A number as a student types it: a decimal comma ("0,25"), the minus sign "−" that the views
 * print, and exponents ("1e-2") all read. Anything else, NaN, infinity or a value beyond the
 * caller's limit gives null, so each field can say plainly what it wants.
 */
public final class TypedNumber {

    private TypedNumber() {
    }

    public static Float parse(String text, float limit) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace('−', '-').replace(',', '.');
        try {
            float v = Float.parseFloat(t);
            return Float.isFinite(v) && Math.abs(v) <= limit ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
