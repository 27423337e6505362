package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptive.engine.NetworkDesign;

/** The studio inside a lesson takes the lesson's preset, epochs and image limit, and names what it cannot use. */
class TrainingWidgetTest {

    @Test
    void aLessonsPresetEpochsAndLimitReachTheStudio() {
        TrainingViewModel model = new TrainingViewModel(Runnable::run);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("preset", "lenet-like");
        settings.put("epochs", "2");
        settings.put("limit", "5000");
        assertEquals(List.of(), TrainingWidget.apply(model, settings));
        assertEquals(NetworkDesign.LENET_LIKE, model.design().designProperty().get());
        assertEquals(2, model.settings().epochsProperty().get());
        assertEquals(5000, model.settings().trainLimitProperty().get());
        assertEquals(NetworkDesign.TINY, TrainingWidget.preset("tiny"));
        assertEquals(NetworkDesign.DEFAULT_MODEL, TrainingWidget.preset("default"));
    }

    @Test
    void whatCannotBeUsedIsNamed() {
        TrainingViewModel model = new TrainingViewModel(Runnable::run);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("preset", "huge");
        settings.put("epochs", "0");
        settings.put("limit", "123");
        settings.put("colour", "red");
        List<String> problems = TrainingWidget.apply(model, settings);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no studio preset 'huge'"));
    }

    @Test
    void theLessonsStudioUsesItsSettings() {
        for (var lesson : org.receptive.lesson.BundledLessons.all()) {
            for (var section : lesson.sections()) {
                for (var b : section.blocks()) {
                    if (b instanceof org.receptive.lesson.Block.Widget w && w.kind() == org.receptive.lesson.WidgetKind.TRAINING) {
                        assertEquals(List.of(), TrainingWidget.apply(new TrainingViewModel(Runnable::run), w.settings()));
                    }
                }
            }
        }
    }
}
