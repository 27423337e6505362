package org.receptive.ui.classroom;

import java.util.List;

/**
 * Every key the app answers to, grouped by where it works: the one list the "?" overlay shows and
 * the README's keys table repeats (a test checks the two agree). A teacher with a clicker has
 * Page Up/Down and ←/→; everything else is reachable by Tab and Enter/Space.
 */
public final class ClassroomKeys {

    /** One key (or key combination) and what it does. */
    public record Key(String keys, String action) {
    }

    /** Where a group of keys works ("Everywhere", "Stepper", …) and the keys. */
    public record Group(String where, List<Key> keys) {
    }

    public static final List<Group> ALL = List.of(
            new Group("Everywhere", List.of(
                    new Key("F11, Esc", "present full screen without editing controls / come back"),
                    new Key("Ctrl++, Ctrl+−, Ctrl+0", "zoom in, out, back to 100%"),
                    new Key("Ctrl+H", "high contrast"),
                    new Key("Ctrl+M", "reduced motion: nothing moves by itself"),
                    new Key("Ctrl+P", "save a picture of the view"),
                    new Key("Ctrl+1 … Ctrl+6", "Stepper, Network, Draw, Train, Lessons, Cortex"),
                    new Key("?, F1", "this list of keys"),
                    new Key("Tab, Shift+Tab", "move the focus to the next or previous control"),
                    new Key("Enter, Space", "press the focused button"))),
            new Group("Stepper", List.of(
                    new Key("Space", "play or pause (a focused button is pressed instead)"),
                    new Key("→, Page Down / ←, Page Up", "one step forward / back"),
                    new Key("Home, End", "first / last position"),
                    new Key("+, −", "faster, slower"),
                    new Key("F, B, L", "Forward, Backward, Learn a kernel"),
                    new Key("Ctrl+Z, Ctrl+Y, Ctrl+G", "undo, redo, save a GIF"))),
            new Group("Network", List.of(
                    new Key("→, Page Down / ←, Page Up", "next / previous test digit"),
                    new Key("R", "a random test digit"),
                    new Key("arrows in a focused map", "pick the neighbouring neuron"),
                    new Key("Esc", "forget the picked neuron"))),
            new Group("Draw", List.of(
                    new Key("Ctrl+Z, Ctrl+Y", "undo, redo a stroke"),
                    new Key("Delete", "clear the pad"),
                    new Key("arrows in a focused map", "pick the neighbouring neuron"))),
            new Group("Train", List.of(
                    new Key("arrows in focused kernels or matrix", "pick a kernel for surgery, a cell of the confusion matrix"),
                    new Key("F3", "frame times"))),
            new Group("Lessons", List.of(
                    new Key("→, Page Down / ←, Page Up", "next / previous page (arrows stay with a focused demo)"))),
            new Group("Cortex", List.of(
                    new Key("arrows, [ ]", "move, turn the bar (visual field focused)"),
                    new Key("arrows in the focused sheet", "pick the neighbouring neuron"))));

    private ClassroomKeys() {
    }
}
