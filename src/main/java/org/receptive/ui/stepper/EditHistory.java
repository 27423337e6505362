package org.receptive.ui.stepper;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo for edits to the input and kernels: two stacks of whole snapshots (at most a few
 * thousand floats each, so copying beats recording inverse operations). Bounded, oldest dropped.
 */
final class EditHistory {

    private static final int LIMIT = 100;

    private final Deque<ConvolutionData> undo = new ArrayDeque<>();
    private final Deque<ConvolutionData> redo = new ArrayDeque<>();

    /** Remembers the state before an edit; a new edit forgets what could be redone. */
    void record(ConvolutionData before) {
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state to go back to, given the current one; null when there is none. */
    ConvolutionData undo(ConvolutionData current) {
        if (undo.isEmpty()) {
            return null;
        }
        redo.push(current);
        return undo.pop();
    }

    ConvolutionData redo(ConvolutionData current) {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        return redo.pop();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
