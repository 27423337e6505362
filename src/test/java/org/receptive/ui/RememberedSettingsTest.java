package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.engine.NetworkDesign;
import org.receptive.settings.SettingsFile;
import org.receptive.stepper.Activation;
import org.receptive.stepper.Setup;
import org.receptive.ui.classroom.PresentationModel;
import org.receptive.ui.stepper.StepperViewModel;
import org.receptive.ui.training.RunSettings;
import org.receptive.ui.training.design.DesignModel;

/** Remembered settings over the real view-models, without a window: saved, restored, refused, reset and undone. */
class RememberedSettingsTest {

    @TempDir
    Path dir;

    /** One run of the app's view-models, as AppModels makes them, over the settings file. */
    private final class Run {
        final RememberedSettings remembered = new RememberedSettings(new SettingsFile(dir.resolve("settings.properties")));
        final PresentationModel presentation = new PresentationModel();
        final StepperViewModel stepper = new StepperViewModel();
        final DoubleProperty brush = new SimpleDoubleProperty(18);
        final DesignModel design = new DesignModel();
        final RunSettings run = new RunSettings();
        final String view;

        Run() {
            remembered.attach(SettingsParts.presentation(presentation));
            remembered.attach(SettingsParts.stepper(stepper));
            remembered.attach(SettingsParts.brush(brush, 6, 40));
            remembered.attach(SettingsParts.studio(design, run));
            view = remembered.lastView(Set.of("stepper", "draw", "train")::contains, "stepper");
        }
    }

    private void write(String text) throws IOException {
        Files.writeString(dir.resolve("settings.properties"), text);
    }

    @Test
    void everySettingChangedInOneRunIsThereInTheNext() {
        Run first = new Run();
        first.remembered.viewShown("train");
        first.presentation.zoomIn();
        first.presentation.highContrastProperty().set(true);
        first.presentation.reducedMotionProperty().set(true);
        Setup setup = new Setup(3, 9, 11, 2, 5, 1, 2, 1, Activation.RELU, Setup.DEFAULT.mode());
        first.stepper.setSetup(setup);
        first.stepper.setSpeed(10);
        first.brush.set(31);
        first.design.apply(NetworkDesign.LENET_LIKE);
        first.run.optimizerProperty().set(RunSettings.OptimizerChoice.SGD);
        first.run.learningRateProperty().set(0.03);
        first.run.batchSizeProperty().set(64);
        first.run.epochsProperty().set(3);
        first.run.augmentProperty().set(true);
        first.run.seedProperty().set(77);
        first.run.faintStartProperty().set(false);
        first.run.trainLimitProperty().set(5_000);
        first.run.threadsProperty().set(1);
        assertTrue(first.remembered.saveIfChanged());
        assertFalse(first.remembered.saveIfChanged(), "nothing changed since");

        Run next = new Run();
        assertEquals("", next.remembered.messageProperty().get());
        assertEquals("train", next.view);
        assertEquals(1.25, next.presentation.zoomProperty().get(), 0);
        assertTrue(next.presentation.highContrastProperty().get());
        assertTrue(next.presentation.reducedMotionProperty().get());
        assertEquals(setup, next.stepper.setup());
        assertEquals(10, next.stepper.speed(), 0);
        assertEquals(31, next.brush.get(), 0);
        assertEquals(NetworkDesign.LENET_LIKE.architecture(), next.design.designProperty().get().architecture());
        assertEquals(RunSettings.OptimizerChoice.SGD, next.run.optimizerProperty().get());
        assertEquals(0.03, next.run.learningRateProperty().get(), 0);
        assertEquals(64, next.run.batchSizeProperty().get());
        assertEquals(3, next.run.epochsProperty().get());
        assertTrue(next.run.augmentProperty().get());
        assertEquals(77, next.run.seedProperty().get());
        assertFalse(next.run.faintStartProperty().get());
        assertEquals(5_000, next.run.trainLimitProperty().get());
        assertEquals(1, next.run.threadsProperty().get());
    }

    @Test
    void aDamagedFileStartsWithTheUsualSettingsAndOneSentence() throws IOException {
        write("version=1\nclassroom.zoom=\\uZZZZ\n");
        Run r = new Run();
        assertEquals(1.0, r.presentation.zoomProperty().get(), 0);
        assertEquals(Setup.DEFAULT, r.stepper.setup());
        assertEquals("stepper", r.view);
        String m = r.remembered.messageProperty().get();
        assertTrue(m.startsWith("Receptive could not use its saved settings (it is damaged: "), m);
        assertTrue(m.endsWith(") and starts with the usual ones."), m);
    }

    @Test
    void valuesTheModelsWouldNotTakeAreNamedAndTheRestIsUsed() throws IOException {
        write("""
                version=1
                app.view=../../secret
                classroom.zoom=9
                classroom.highContrast=true
                stepper.setup=1,9,9,1,7,0,1,3
                stepper.speed=-5
                draw.brush=1e308
                studio.network=conv99x99x1 relu dense10
                studio.batch=33
                studio.epochs=7
                """);
        Run r = new Run();
        assertEquals("stepper", r.view);
        assertEquals(1.0, r.presentation.zoomProperty().get(), 0);
        assertTrue(r.presentation.highContrastProperty().get(), "a usable value next to unusable ones is kept");
        assertEquals(Setup.DEFAULT, r.stepper.setup());
        assertEquals(18, r.brush.get(), 0);
        assertEquals(NetworkDesign.TINY.architecture(), r.design.designProperty().get().architecture());
        assertEquals(32, r.run.batchSizeProperty().get());
        assertEquals(7, r.run.epochsProperty().get());
        assertEquals("Some saved settings could not be used (the last view) and are back to the usual.",
                r.remembered.messageProperty().get(), "the last sentence said is the view's, read last");
    }

    @Test
    void eachUnusableGroupIsNamedInPlainWords() throws IOException {
        write("version=1\nclassroom.zoom=9\nstepper.speed=-5\ndraw.brush=abc\nstudio.batch=33\nstudio.network=dense\n");
        RememberedSettings remembered = new RememberedSettings(new SettingsFile(dir.resolve("settings.properties")));
        remembered.attach(SettingsParts.presentation(new PresentationModel()));
        assertEquals("Some saved settings could not be used (zoom) and are back to the usual.", remembered.messageProperty().get());
        remembered.attach(SettingsParts.stepper(new StepperViewModel()));
        assertEquals("Some saved settings could not be used (the stepper's speed) and are back to the usual.",
                remembered.messageProperty().get());
        remembered.attach(SettingsParts.studio(new DesignModel(), new RunSettings()));
        assertEquals("Some saved settings could not be used (the studio's network, the studio's batch) and are back to the usual.",
                remembered.messageProperty().get());
    }

    @Test
    void resetBringsTheUsualValuesAndUndoBringsBackWhatWasThere() {
        Run r = new Run();
        r.presentation.zoomIn();
        r.presentation.highContrastProperty().set(true);
        r.brush.set(30);
        r.stepper.setSetup(Setup.DEFAULT.withPadding(1));
        r.design.apply(NetworkDesign.DEFAULT_MODEL);
        r.run.epochsProperty().set(5);
        r.remembered.resetAll();
        assertEquals(1.0, r.presentation.zoomProperty().get(), 0);
        assertFalse(r.presentation.highContrastProperty().get());
        assertEquals(18, r.brush.get(), 0);
        assertEquals(Setup.DEFAULT, r.stepper.setup());
        assertEquals(NetworkDesign.TINY.architecture(), r.design.designProperty().get().architecture());
        assertEquals(1, r.run.epochsProperty().get());
        assertTrue(r.remembered.canUndoResetProperty().get());
        r.remembered.undoReset();
        assertEquals(1.25, r.presentation.zoomProperty().get(), 0);
        assertTrue(r.presentation.highContrastProperty().get());
        assertEquals(30, r.brush.get(), 0);
        assertEquals(Setup.DEFAULT.withPadding(1), r.stepper.setup());
        assertEquals(NetworkDesign.DEFAULT_MODEL.architecture(), r.design.designProperty().get().architecture());
        assertEquals(5, r.run.epochsProperty().get());
        assertFalse(r.remembered.canUndoResetProperty().get());
    }

    @Test
    void settingsOfAViewNotOpenedInARunAreKept() {
        Run first = new Run();
        first.brush.set(33);
        first.remembered.saveIfChanged();
        RememberedSettings second = new RememberedSettings(new SettingsFile(dir.resolve("settings.properties")));
        PresentationModel p = new PresentationModel();
        second.attach(SettingsParts.presentation(p));
        p.zoomIn();
        second.saveIfChanged();
        assertEquals(33, new Run().brush.get(), 0);
    }

    @Test
    void aSaveThatFailsIsSaidOnceAndTheAppGoesOn() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the folder should be");
        RememberedSettings r = new RememberedSettings(new SettingsFile(blocker.resolve("settings.properties")));
        PresentationModel p = new PresentationModel();
        r.attach(SettingsParts.presentation(p));
        p.zoomIn();
        assertFalse(r.saveIfChanged());
        String m = r.messageProperty().get();
        assertTrue(m.startsWith("Receptive cannot remember its settings for next time: cannot save settings.properties"), m);
        p.zoomIn();
        assertFalse(r.saveIfChanged());
        assertEquals(m, r.messageProperty().get());
    }

    @Test
    void theAppsModelsAreGivenTheRememberedSettings() throws IOException {
        write("version=1\nclassroom.zoom=2\nstepper.setup=1,5,5,1,3,1,1,1\n");
        AppModels models = new AppModels(Runnable::run, new RememberedSettings(new SettingsFile(dir.resolve("settings.properties"))));
        assertEquals(2.0, models.presentation().zoomProperty().get(), 0);
        assertEquals(Setup.DEFAULT.withInput(1, 5, 5).withPadding(1), models.stepper().setup());
        models.presentation().zoomOut();
        assertEquals("1.75", models.remembered().current().asMap().get("classroom.zoom"));
        assertEquals(1.0, new AppModels(Runnable::run).presentation().zoomProperty().get(), 0, "tests and the demo remember nothing");
    }
}
