package org.receptive.monkey;

import javafx.scene.Scene;

/**
 * The longest CSS and layout pass of a window's pulses, and the action after which it came. The
 * monkey times each action, but much of what an action costs is paid at the next pulse: a change
 * of contrast restyles the whole window there, not in the button's handler. Runs on the FX thread.
 */
final class SlowestPulse {

    private final Scene scene;
    private final Runnable before = this::before;
    private final Runnable after = this::after;
    private long started;
    private long slowest;
    private String slowestAfter = "";
    private String lastAction = "the start";

    SlowestPulse(Scene scene) {
        this.scene = scene;
        scene.addPreLayoutPulseListener(before);
        scene.addPostLayoutPulseListener(after);
    }

    /** The action the next pulses follow. */
    void acted(String action) {
        lastAction = action;
    }

    long slowestNanos() {
        return slowest;
    }

    String slowestAfter() {
        return slowestAfter;
    }

    void stop() {
        scene.removePreLayoutPulseListener(before);
        scene.removePostLayoutPulseListener(after);
    }

    // JavaFX runs a scene's pre-layout listeners, then its CSS pass, then layout, then the post-layout ones.
    private void before() {
        started = System.nanoTime();
    }

    private void after() {
        long took = System.nanoTime() - started;
        if (started != 0 && took > slowest) {
            slowest = took;
            slowestAfter = lastAction;
        }
        started = 0;
    }
}
