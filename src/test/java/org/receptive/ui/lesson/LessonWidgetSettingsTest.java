package org.receptive.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.lesson.Block;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.cortex.CortexLabModel;
import org.receptive.ui.network.NetworkViewModel;
import org.receptive.ui.stepper.InputSources;

/** Every cortex and Network demo of the bundled lessons opens as its lesson says, with nothing left unused. */
class LessonWidgetSettingsTest {

    static List<Block.Widget> widgets(WidgetKind kind) {
        return BundledLessons.all().stream().flatMap(l -> l.sections().stream()).flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Widget w && w.kind() == kind).map(b -> (Block.Widget) b).toList();
    }

    @Test
    void everyNetworkDemoPicksItsDigitAndNeuron() {
        Network network = DefaultModel.load().network();
        List<Block.Widget> demos = widgets(WidgetKind.NETWORK);
        assertTrue(demos.size() >= 3, "the layers lesson has a Network demo on each page: " + demos.size());
        for (Block.Widget w : demos) {
            NetworkViewModel model = new NetworkViewModel(network, InputSources.testDigits());
            assertEquals(List.of(), LiveWidgets.apply(model, w.settings()), "line " + w.line());
            if (w.settings().containsKey("neuron")) {
                Object n = model.selectedProperty().get();
                assertTrue(n != null && !model.fieldsProperty().get().isEmpty(), "line " + w.line() + ": its field is shown");
            }
        }
    }

    @Test
    void theLastNetworkDemoPicksADenseNeuronWhoseFieldIsTheWholeDigit() {
        List<Block.Widget> demos = widgets(WidgetKind.NETWORK);
        NetworkViewModel model = new NetworkViewModel(DefaultModel.load().network(), InputSources.testDigits());
        LiveWidgets.apply(model, demos.get(demos.size() - 1).settings());
        assertTrue(model.fieldDescriptionProperty().get().contains("sees the whole 28×28 input"), model.fieldDescriptionProperty().get());
        assertEquals(7, model.trueLabelProperty().get(), "the lesson says test digit 0 is a 7");
    }

    @Test
    void aNeuronThatDoesNotExistIsNamed() {
        NetworkViewModel model = new NetworkViewModel(DefaultModel.load().network(), InputSources.testDigits());
        List<String> problems = LiveWidgets.apply(model, Map.of("neuron", "1,0,40,3"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("there is none at map 0, row 40"), problems.get(0));
        assertTrue(LiveWidgets.apply(model, Map.of("neuron", "one")).get(0).contains("four whole numbers"));
    }

    @Test
    void everyCortexDemoUsesAllItsSettings() {
        for (Block.Widget w : widgets(WidgetKind.CORTEX)) {
            assertEquals(List.of(), new CortexLabModel().apply(w.settings()), "line " + w.line());
        }
    }
}
