package org.receptive.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Remembered settings as text, key by key ({@code classroom.zoom=1.5}), never changed in place:
 * {@link #with} gives a new set. Values are read through a {@link Reading}, which checks each one's
 * type and range and notes the keys whose values could not be used, so one bad value costs only
 * that setting.
 */
public final class Settings {

    /** Keys are short dotted names in letters and digits: anything else in a file is not ours. */
    static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+){0,4}");
    static final int MAX_KEY = 64;
    /** The longest value kept: a network's layer list is about 80 characters. */
    static final int MAX_VALUE = 400;

    /** No remembered settings: every reading gives its fallback. */
    public static final Settings NONE = new Settings(Map.of());

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Settings from already-checked text (used by {@link SettingsFile}). */
    static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    /** Whether {@code key} may be used: the pattern above, not too long. */
    static boolean usableKey(String key) {
        return key != null && key.length() <= MAX_KEY && KEY.matcher(key).matches();
    }

    /** These settings with {@code key} set to {@code value}; throws for a key or value no file may hold. */
    public Settings with(String key, String value) {
        if (!usableKey(key)) {
            throw new IllegalArgumentException("not a settings key: " + key);
        }
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("a setting holds at most " + MAX_VALUE + " characters");
        }
        if (value.equals(values.get(key))) {
            return this;
        }
        Map<String, String> next = new TreeMap<>(values);
        next.put(key, value);
        return new Settings(next);
    }

    public Settings with(String key, int value) {
        return with(key, Integer.toString(value));
    }

    public Settings with(String key, long value) {
        return with(key, Long.toString(value));
    }

    /** A decimal written the same way whatever the machine's language ({@code 0.001}, never {@code 0,001}). */
    public Settings with(String key, double value) {
        return with(key, Double.toString(value));
    }

    public Settings with(String key, boolean value) {
        return with(key, Boolean.toString(value));
    }

    public Settings with(String key, Enum<?> value) {
        return with(key, value.name());
    }

    /** Every key and its text, sorted by key. */
    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A fresh reading of these settings, noting what cannot be used. */
    public Reading read() {
        return new Reading();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /**
     * Typed reads with a fallback: a missing key gives the fallback quietly; a value of the wrong
     * type or out of range gives the fallback and is noted in {@link #unusable()}.
     */
    public final class Reading {

        private final List<String> unusable = new ArrayList<>();

        private Reading() {
        }

        public int integer(String key, int min, int max, int fallback) {
            long v = whole(key, min, max, fallback);
            return (int) v;
        }

        public long whole(String key, long min, long max, long fallback) {
            String t = values.get(key);
            if (t == null) {
                return fallback;
            }
            try {
                long v = Long.parseLong(t.trim());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // noted below
            }
            return refused(key, fallback);
        }

        /** A finite decimal in [min, max]; NaN and infinities are refused. */
        public double decimal(String key, double min, double max, double fallback) {
            String t = values.get(key);
            if (t == null) {
                return fallback;
            }
            try {
                double v = Double.parseDouble(t.trim());
                if (Double.isFinite(v) && v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // noted below
            }
            return refused(key, fallback);
        }

        /** "true" or "false", nothing else. */
        public boolean flag(String key, boolean fallback) {
            String t = values.get(key);
            if (t == null) {
                return fallback;
            }
            String v = t.trim().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return v.equals("true");
            }
            return refused(key, fallback);
        }

        /** One of an enumeration's constants, by name. */
        public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
            String t = values.get(key);
            if (t == null) {
                return fallback;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t.trim())) {
                    return e;
                }
            }
            return refused(key, fallback);
        }

        /** The raw text, for values the caller checks itself (calling {@link #refuse} when it cannot use them). */
        public String text(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }

        /** Notes that the value of {@code key} could not be used. */
        public void refuse(String key) {
            if (!unusable.contains(key)) {
                unusable.add(key);
            }
        }

        /** The keys whose values could not be used, in the order they were read. */
        public List<String> unusable() {
            return List.copyOf(unusable);
        }

        private <T> T refused(String key, T fallback) {
            refuse(key);
            return fallback;
        }
    }
}
