package org.receptive.ui.training;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.receptive.ui.explain.NeuronModel;
import org.receptive.ui.network.NetworkViewModel;

/**
 * "What is this neuron looking for?" in the studio's feature-map tab. The display network's
 * weights change under the maps as a run goes on or is scrubbed, so each answer is found on a
 * copy of the weights taken at the click and names their step; when the weights on show move on
 * (a frame of the run, the timeline, kernel surgery) the answer is marked not current, and when the
 * maps are of another network (a new design, Reset weights, a loaded or the default model, another
 * data set) the old answer is dropped with its model. One worker thread serves them all.
 */
final class MapsNeuron {

    private final WeightsOnShow shown;
    private ExecutorService worker;
    private NeuronModel model;

    MapsNeuron(WeightsOnShow shown) {
        this.shown = shown;
        shown.kernelsProperty().addListener((o, was, now) -> {   // set each time weights are loaded into the display
            if (model != null) {
                model.weightsChanged();
            }
        });
    }

    /** A fresh neuron model for these maps (a new Network view of them); the previous one's work is dropped. */
    NeuronModel of(NetworkViewModel maps) {
        if (model != null) {
            model.select(-1, 0, 0, 0);   // its queued search is skipped, and it answers nothing more
        }
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "receptive-studio-neuron");
                t.setDaemon(true);
                return t;
            });
        }
        model = new NeuronModel(maps.network(), maps.digits(), worker, Platform::runLater, shown.stepProperty()::get);
        return model;
    }
}
