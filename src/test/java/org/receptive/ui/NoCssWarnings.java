package org.receptive.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test fails when JavaFX's CSS logs a warning while it runs: a named colour that did not
 * resolve, a value of the wrong type. Such a warning means a control was drawn with modena's
 * defaults, not the theme (the monkey found them as presenting ended), and they scrolled past
 * unread in the suite's log until 2026-12-03. Registered for every test class through
 * {@code META-INF/services} ({@code junit.jupiter.extensions.autodetection.enabled}).
 */
public final class NoCssWarnings implements BeforeEachCallback, AfterEachCallback {

    /** Held here: a logger nobody holds may be collected, and its handler with it. */
    private static final Logger CSS = Logger.getLogger("javafx.css");
    private static final List<String> LOGGED = new ArrayList<>();

    static {
        CSS.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (LOGGED) {
                        LOGGED.add(new java.util.logging.SimpleFormatter().formatMessage(r));
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (LOGGED) {
            LOGGED.clear();   // logged between two tests: neither ran it
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> logged;
        synchronized (LOGGED) {
            logged = List.copyOf(LOGGED);
            LOGGED.clear();
        }
        if (!logged.isEmpty()) {
            throw new AssertionError(logged.size() + " CSS warnings logged, the first: " + logged.get(0));
        }
    }
}
