package org.receptive.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reading a demo script: every key documented, mistakes reported before anything runs, order-free run settings. */
class DemoScriptTest {

    @Test
    void partsAreReadInOrderWithTheirValues() {
        DemoScript s = DemoScript.parse("view=network; digit=0;select=3,10,6,8;present");
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(DemoKey.VIEW, DemoKey.DIGIT, DemoKey.SELECT, DemoKey.PRESENT),
                s.parts().stream().map(DemoScript.Part::key).toList());
        assertEquals("network", s.parts().get(0).value());
        assertEquals(List.of(3, 10, 6, 8), java.util.Arrays.stream(s.parts().get(2).ints()).boxed().toList());
        assertTrue(s.drives(DemoKey.Area.NETWORK));
        assertFalse(s.drives(DemoKey.Area.STUDIO));
    }

    @Test
    void anUnknownKeyOrAMissingValueIsReportedAndSkipped() {
        DemoScript s = DemoScript.parse("view=cortex;angel=45;digit=;neuron=2,3,3");
        assertEquals(List.of("unknown key 'angel' (Demo --keys lists them)", "'digit' needs a value"), s.problems());
        assertEquals(List.of(DemoKey.VIEW, DemoKey.NEURON), s.parts().stream().map(DemoScript.Part::key).toList());
    }

    @Test
    void howTheRunGoesCountsWhereverItsKeysStand() {
        // The old harness kept these in static fields set as it went: a wait after train was ignored.
        for (String spec : List.of("view=train;train=20;wait=10;runs=2", "wait=10;runs=2;view=train;train=20")) {
            StudioDemo.Plan plan = StudioDemo.Plan.of(DemoScript.parse(spec));
            assertEquals(10, plan.startAfter(), spec);
            assertEquals(2, plan.runs(), spec);
            assertEquals(20, plan.trainSeconds(), spec);
            assertFalse(plan.epochsGiven(), spec);
        }
        StudioDemo.Plan plain = StudioDemo.Plan.of(DemoScript.parse("view=train;epochs=1;train=5"));
        assertEquals(2, plain.startAfter(), "Start 2 s after the studio is drawn unless told otherwise");
        assertTrue(plain.epochsGiven());
    }

    @Test
    void everyKeyIsListedWithWhatItDoes() {
        String table = DemoKey.table();
        for (DemoKey k : DemoKey.values()) {
            assertFalse(k.help().isBlank(), k.word());
            assertTrue(table.contains("  " + k.word()), k.word() + " is missing from --keys");
        }
    }

    @Test
    void everyScriptInTheScreenshotTableAndTheDocsCommandsReadsWithoutAProblem() throws Exception {
        String doc = Files.readString(Path.of("docs", "DEVELOPING.md"));
        // The table's scripts (markdown escapes | as \|) and every quoted script after Demo.
        Matcher m = Pattern.compile("(?m)^\\| docs/\\S+\\.png \\|[^`|]*`([^`]+)`|org\\.receptive\\.demo\\.Demo \"([^\"]+)\"").matcher(doc);
        int scripts = 0;
        while (m.find()) {
            String script = (m.group(1) != null ? m.group(1) : m.group(2)).replace("\\|", "|");
            if (script.matches("[A-Z]+")) {
                continue;   // a placeholder, as in Demo "SCRIPT"
            }
            assertEquals(List.of(), DemoScript.parse(script).problems(), script);
            scripts++;
        }
        assertTrue(scripts >= 40, "the table was found (" + scripts + " scripts)");
    }
}
