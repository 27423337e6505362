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
        assertEquals(List.of(), StepperWidget.apply(vm, settings));
        assertEquals(6, vm.setup().height());
        assertEquals(8, vm.setup().width());
        assertEquals(1, vm.setup().padding());
        assertEquals(2, vm.setup().stride());
        assertArrayEquals(InputPattern.HORIZONTAL_BAR.make(6, 8)[3], vm.input()[0][3]);
        assertArrayEquals(KernelPreset.BOX_BLUR.values(3)[1], vm.kernels()[0][0][1]);
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
}
