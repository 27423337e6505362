package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule's constants, and the Draw view's "not sure" level, have one home: they are given a
 * value in {@link NonDigitRule} and nowhere else, so re-calibrating after a retrain changes what
 * the app, {@code classify} and {@code evaluate --non-digits} all use.
 */
class NonDigitRuleConstantsTest {

    private static final Path MAIN = Path.of("src/main/java/org/receptive");
    /** A field of one of these names given a value: "MIN_ENERGY = 6.75", "SURE = 0.6f", "MAX_ASPECT = Double.POSITIVE_INFINITY". */
    private static final Pattern DEFINED = Pattern.compile(
            "\\b(MIN_ENERGY|MAX_PARTS|MAX_ASPECT|MAX_COVERAGE|MAX_FILL|MIN_EXTENT|SURE)\\s*=\\s*(-?[0-9.]|Double\\.POSITIVE_INFINITY)");

    @Test
    void theRulesConstantsAreGivenTheirValuesInNonDigitRuleOnly() throws IOException {
        List<String> elsewhere = new ArrayList<>();
        int inRule = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = DEFINED.matcher(Files.readString(f));
                while (m.find()) {
                    if (f.getFileName().toString().equals("NonDigitRule.java")) {
                        inRule++;
                    } else {
                        elsewhere.add(f + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(elsewhere.isEmpty(), "defined outside NonDigitRule: " + elsewhere);
        assertEquals(7, inRule, "NonDigitRule should define its six constants and SURE");
    }

    @Test
    void theLimitsInUseAreTheConstants() {
        NonDigitRule.Limits l = NonDigitRule.LIMITS;
        assertEquals(NonDigitRule.MIN_ENERGY, l.minEnergy());
        assertEquals(NonDigitRule.MAX_PARTS, l.maxParts());
        assertEquals(NonDigitRule.MAX_ASPECT, l.maxAspect());
        assertEquals(NonDigitRule.MAX_COVERAGE, l.maxCoverage());
        assertEquals(NonDigitRule.MAX_FILL, l.maxFill());
    }
}
