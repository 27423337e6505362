package org.receptive.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;

class StepperWidgetTest {

    @Test
    void aLessonsSettingsReachTheStepper() {
        StepperViewModel vm = new StepperViewModel();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("input", "6x8");
        settings.put("padding", "1");
        settings.put("stride", "2");
        settings.put("pattern", "horizontal-bar");
        settings.put("kernel", "box-blur");
        settings.put("activation", "relu");
        assertEquals(List.of(), StepperWidget.apply(vm, settings));
        assertEquals(org.receptive.stepper.Activation.RELU, vm.setup().activation());
        assertEquals(6, vm.setup().height());
        assertEquals(8, vm.setup().width());
        assertEquals(1, vm.setup().padding());
        assertEquals(2, vm.setup().stride());
        assertArrayEquals(InputPattern.HORIZONTAL_BAR.make(6, 8)[3], vm.input()[0][3]);
        assertArrayEquals(KernelPreset.BOX_BLUR.values(3)[1], vm.kernels()[0][0][1]);
    }

    @Test
    void aListOfKernelsGivesEachKernelItsOwnPreset() {
        StepperViewModel vm = new StepperViewModel();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kernels", "4");
        settings.put("kernel", "sobel-x, sobel-y, Laplacian, box-blur");
        assertEquals(List.of(), StepperWidget.apply(vm, settings));
        KernelPreset[] wanted = {KernelPreset.SOBEL_X, KernelPreset.SOBEL_Y, KernelPreset.LAPLACIAN, KernelPreset.BOX_BLUR};
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(wanted[k].values(3)[0], vm.kernels()[k][0][0], "kernel " + k);
        }

        StepperViewModel two = new StepperViewModel();
        settings.put("kernels", "2");
        List<String> problems = StepperWidget.apply(two, settings);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("names 4 kernels but the layer has 2"), problems.get(0));
        assertArrayEquals(KernelPreset.SOBEL_Y.values(3)[0], two.kernels()[1][0][0], "the first two are still applied");
    }

    @Test
    void whatCannotBeUsedIsNamedAndTheRestApplied() {
        StepperViewModel vm = new StepperViewModel();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("stride", "two");
        settings.put("kernel", "sobel-z");
        settings.put("colour", "red");
        settings.put("dilation", "2");
        List<String> problems = StepperWidget.apply(vm, settings);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'stride: two' is not a number"));
        assertEquals(2, vm.setup().dilation());
    }

    @Test
    void aLessonOpensTheBackwardModeWithItsTargetOrTheLab() {
        StepperViewModel vm = new StepperViewModel();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mode", "backward");
        settings.put("target", "sobel-y");
        assertEquals(List.of(), StepperWidget.apply(vm, settings));
        assertEquals(StepperMode.BACKWARD, vm.mode());
        assertEquals(KernelPreset.SOBEL_Y, vm.backward().preset());

        StepperViewModel lab = new StepperViewModel();
        Map<String, String> learn = new LinkedHashMap<>();
        learn.put("mode", "learn");
        learn.put("target", "line-45");
        learn.put("pictures", "8");
        assertEquals(List.of(), StepperWidget.apply(lab, learn));
        assertEquals(StepperMode.LEARN, lab.mode());
        assertEquals(KernelPreset.LINE_45, lab.lab().target());
        assertEquals(8, lab.lab().batch());

        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("mode", "sideways");
        wrong.put("target", "purple");
        List<String> problems = StepperWidget.apply(new StepperViewModel(), wrong);
        assertTrue(problems.stream().anyMatch(p -> p.contains("no stepper mode 'sideways'")), problems.toString());
    }

    @Test
    void everyStepperOfTheBundledLessonsOpensAsItsLessonSays() {
        int n = 0;
        for (var lesson : org.receptive.lesson.BundledLessons.all()) {
            for (var section : lesson.sections()) {
                for (var b : section.blocks()) {
                    if (b instanceof org.receptive.lesson.Block.Widget w && w.kind() == org.receptive.lesson.WidgetKind.STEPPER) {
                        assertEquals(List.of(), StepperWidget.apply(new StepperViewModel(), w.settings()),
                                lesson.title() + ", line " + w.line());
                        n++;
                    }
                }
            }
        }
        assertTrue(n >= 12, "steppers in the lessons: " + n);
    }
}
