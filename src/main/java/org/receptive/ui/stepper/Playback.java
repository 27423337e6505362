package org.receptive.ui.stepper;

/**
 * Where the sweep is and how fast it moves. The current position is an index into the stepper's
 * positions, or −1 before the first; everything up to and including it has been computed.
 * Playing advances by elapsed time, not by frames, so the speed a student picks is the speed they
 * see on any machine: a slow frame is made up for by moving two positions, never by running slow.
 */
final class Playback {

    static final double MIN_SPEED = 0.25, MAX_SPEED = 20;

    private int positions;
    private int current = -1;
    private boolean playing;
    private double speed = 2;    // positions per second
    private double owed;         // fractional positions earned by elapsed time but not yet taken

    int positions() {
        return positions;
    }

    /** A new sweep length; the position is kept where it still exists. */
    void setPositions(int n) {
        positions = n;
        current = Math.min(current, n - 1);
        if (n == 0) {
            playing = false;
        }
    }

    int current() {
        return current;
    }

    /** How many positions are done (the current one included). */
    int done() {
        return current + 1;
    }

    boolean finished() {
        return current == positions - 1;
    }

    void jump(int index) {
        current = Math.max(-1, Math.min(positions - 1, index));
        owed = 0;
    }

    void forward() {
        jump(current + 1);
    }

    void back() {
        jump(current - 1);
    }

    boolean playing() {
        return playing;
    }

    /** Starts or stops; playing from the end starts again from the beginning. */
    void setPlaying(boolean on) {
        if (on && positions > 0 && finished()) {
            jump(-1);
        }
        playing = on && positions > 0;
        owed = 0;
    }

    double speed() {
        return speed;
    }

    void setSpeed(double stepsPerSecond) {
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, stepsPerSecond));
    }

    /** The next speed up or down in the 1–2–5 ladder teachers reach for (0.25, 0.5, 1, 2, 5, 10, 20). */
    void faster(boolean up) {
        double[] ladder = {0.25, 0.5, 1, 2, 5, 10, 20};
        if (up) {
            for (double v : ladder) {
                if (v > speed + 1e-9) {
                    setSpeed(v);
                    return;
                }
            }
        } else {
            for (int i = ladder.length - 1; i >= 0; i--) {
                if (ladder[i] < speed - 1e-9) {
                    setSpeed(ladder[i]);
                    return;
                }
            }
        }
    }

    /**
     * Moves on by {@code seconds} of playing time; returns whether the position changed. Stops by
     * itself at the last position.
     */
    boolean advance(double seconds) {
        if (!playing) {
            return false;
        }
        owed += seconds * speed;
        int steps = (int) owed;
        if (steps == 0) {
            return false;
        }
        owed -= steps;
        int before = current;
        current = Math.min(positions - 1, current + steps);
        if (finished()) {
            playing = false;
        }
        return current != before;
    }
}
