package org.receptive.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.receptive.settings.Settings;
import org.receptive.settings.SettingsFile;

/**
 * The app's remembered settings over its view-models: read from the settings file once, put into
 * each view-model when it is made ({@link #attach}), kept up to date as people change things, and
 * written back by {@link #saveIfChanged()} (the shell calls it a moment after a change and when
 * the window closes). Settings of a view not opened in this run are kept as they were read.
 * {@link #resetAll()} brings every setting back to the usual, {@link #undoReset()} undoes that.
 * What could not be read or saved is said in {@link #messageProperty()}, one sentence, once.
 */
public final class RememberedSettings {

    private final SettingsFile file;   // null: remember nothing between runs (tests, the demo harness)
    private final List<SettingsParts.Part> parts = new ArrayList<>();
    private final List<Settings> usual = new ArrayList<>();   // each part's values when attached: the defaults
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper canUndoReset = new ReadOnlyBooleanWrapper(false);
    private Settings current;
    private Settings saved;
    private Settings beforeReset;
    private String view;
    private boolean applying;
    private boolean saveFailed;

    /** Settings kept in {@code file}, or only for this run when it is null. */
    public RememberedSettings(SettingsFile file) {
        this.file = file;
        SettingsFile.Read read = file == null ? new SettingsFile.Read(Settings.NONE, "") : file.read();
        current = read.settings();
        saved = current;
        if (!read.problem().isEmpty()) {
            message.set("Receptive could not use its saved settings (" + read.problem() + ": " + file.path()
                    + ") and starts with the usual ones.");
        }
    }

    /** Nothing remembered between runs. */
    public static RememberedSettings forThisRunOnly() {
        return new RememberedSettings(null);
    }

    /** Puts the remembered values into a view-model's part, then follows its changes. */
    void attach(SettingsParts.Part part) {
        usual.add(part.capture(Settings.NONE));
        Settings.Reading r = current.read();
        applying = true;
        try {
            part.apply(r);
        } finally {
            applying = false;
        }
        parts.add(part);
        part.watched().forEach(o -> o.addListener(x -> changed()));
        note(r.unusable());
        changed();
    }

    /** The view to open with: the last one shown if {@code known} says it still exists, else {@code fallback}. */
    String lastView(Predicate<String> known, String fallback) {
        Settings.Reading r = current.read();
        String v = r.text("app.view", fallback);
        if (!known.test(v)) {
            r.refuse("app.view");
            note(r.unusable());
            v = fallback;
        }
        view = v;
        return v;
    }

    /** Notes the view on screen. */
    void viewShown(String id) {
        view = id;
        changed();
    }

    /** Every setting back to its usual value (the view on screen stays); {@link #undoReset()} brings them back. */
    public void resetAll() {
        beforeReset = current;
        Settings defaults = Settings.NONE;
        for (Settings u : usual) {
            for (var e : u.asMap().entrySet()) {
                defaults = defaults.with(e.getKey(), e.getValue());
            }
        }
        applyAll(defaults);
        current = view == null ? defaults : defaults.with("app.view", view);
        canUndoReset.set(true);
        changed();
    }

    /** Undoes the last {@link #resetAll()}. */
    public void undoReset() {
        if (beforeReset == null) {
            return;
        }
        applyAll(beforeReset);
        current = beforeReset;
        beforeReset = null;
        canUndoReset.set(false);
        changed();
    }

    private void applyAll(Settings s) {
        applying = true;
        try {
            parts.forEach(p -> p.apply(s.read()));
        } finally {
            applying = false;
        }
    }

    /** Writes the settings if they changed since the last write; a failure is said once, and never stops the app. */
    public boolean saveIfChanged() {
        if (file == null || current.equals(saved)) {
            return false;
        }
        try {
            file.write(current);
            saved = current;
            return true;
        } catch (IOException e) {
            if (!saveFailed) {
                saveFailed = true;
                message.set("Receptive cannot remember its settings for next time: " + e.getMessage() + ".");
            }
            return false;
        }
    }

    /** Where the settings are kept; null when only for this run. */
    public SettingsFile file() {
        return file;
    }

    /** The settings as they are now (as they would be written). */
    public Settings current() {
        return current;
    }

    /** One sentence about settings that could not be read, used or saved; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Moves on every change worth saving (the shell saves a moment after it stops moving). */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoResetProperty() {
        return canUndoReset.getReadOnlyProperty();
    }

    private void changed() {
        if (applying) {
            return;
        }
        Settings next = current;
        for (SettingsParts.Part p : parts) {
            next = p.capture(next);
        }
        if (view != null) {
            next = next.with("app.view", view);
        }
        if (!next.equals(current)) {
            current = next;
            changes.set(changes.get() + 1);
        }
    }

    /** One sentence naming the settings that could not be used. */
    private void note(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        keys.forEach(k -> names.add(SettingsParts.plainName(k)));
        String sentence = "Some saved settings could not be used (" + String.join(", ", names) + ") and are back to the usual.";
        message.set(sentence);
    }
}
