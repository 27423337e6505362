package org.receptive.ui.training;

/** Where the studio's run is: nothing trained yet, training, held, or ended (Start continues). */
public enum RunState {
    READY, RUNNING, PAUSED, FINISHED;

    /** Whether a run thread exists (the design, data and weights must not change under it). */
    public boolean busy() {
        return this == RUNNING || this == PAUSED;
    }
}
