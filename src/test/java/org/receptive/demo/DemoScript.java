package org.receptive.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A demo script read whole before anything runs: its parts in order, and what is wrong with it
 * (unknown keys, missing values), so a mistyped key is reported at once instead of half a demo
 * running. Keys that set how something runs ({@code wait}, {@code runs}, {@code epochs}) count
 * wherever they stand.
 */
public record DemoScript(List<Part> parts, List<String> problems) {

    /** One {@code key=value} part; the value is "" for a key that takes none. */
    public record Part(DemoKey key, String value) {

        /** The value as whole numbers separated by ',' ("3,10,6,8"). */
        public int[] ints() {
            return Arrays.stream(value.split(",")).mapToInt(t -> Integer.parseInt(t.trim())).toArray();
        }

        public int integer() {
            return ints()[0];
        }

        public double number() {
            return Double.parseDouble(value.trim());
        }
    }

    public static DemoScript parse(String spec) {
        List<Part> parts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (spec != null) {
            for (String text : spec.split(";")) {
                if (text.isBlank()) {
                    continue;
                }
                String[] kv = text.split("=", 2);
                String value = kv.length == 2 ? kv[1].trim() : "";
                Optional<DemoKey> key = DemoKey.named(kv[0]);
                if (key.isEmpty()) {
                    problems.add("unknown key '" + kv[0].trim() + "' (Demo --keys lists them)");
                } else if (key.get().takesValue() && value.isEmpty()) {
                    problems.add("'" + key.get().word() + "' needs a value");
                } else {
                    parts.add(new Part(key.get(), value));
                }
            }
        }
        return new DemoScript(List.copyOf(parts), List.copyOf(problems));
    }

    /** The last part with this key, if any. */
    public Optional<Part> last(DemoKey key) {
        Part found = null;
        for (Part p : parts) {
            if (p.key() == key) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean has(DemoKey key) {
        return last(key).isPresent();
    }

    /** Whether any part drives this area of the app. */
    public boolean drives(DemoKey.Area area) {
        return parts.stream().anyMatch(p -> p.key().area() == area);
    }
}
