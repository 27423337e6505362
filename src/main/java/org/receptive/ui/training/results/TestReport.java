package org.receptive.ui.training.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.receptive.data.Dataset;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Network;
import org.receptive.engine.Pass;
import org.receptive.engine.SoftmaxCrossEntropy;

/**
 * A network scored on every test image, one by one, keeping for each image what it said and how
 * sure it was: enough for the confusion matrix, the images behind any of its cells, and the
 * mistakes it was most sure of. Plain Java; computed off the UI thread.
 */
public record TestReport(Dataset images, Evaluation evaluation, int[] guess, float[] guessProbability, float[] truthProbability) {

    /** Scores {@code net} on all of {@code test}. */
    static TestReport of(Network net, Dataset test) {
        int n = test.size(), classes = net.classes(), correct = 0;
        int[] guess = new int[n];
        float[] sure = new float[n], truthP = new float[n];
        int[][] confusion = new int[classes][classes];
        float[] image = new float[test.shape().size()];
        Pass pass = net.newPass();
        double loss = 0;
        for (int i = 0; i < n; i++) {
            test.copy(i, image, null);
            float[] p = pass.forward(image);
            int label = test.label(i), g = SoftmaxCrossEntropy.argmax(p);
            guess[i] = g;
            sure[i] = p[g];
            truthP[i] = p[label];
            confusion[label][g]++;
            if (g == label) {
                correct++;
            }
            loss -= Math.log(Math.max(p[label], 1e-30f));
        }
        return new TestReport(test, new Evaluation(n, correct, n == 0 ? 0 : loss / n, confusion), guess, sure, truthP);
    }

    /** The test images of digit {@code truth} that the network called {@code said}, at most {@code limit}. */
    List<Integer> cell(int truth, int said, int limit) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < guess.length && found.size() < limit; i++) {
            if (images.label(i) == truth && guess[i] == said) {
                found.add(i);
            }
        }
        return found;
    }

    /** The wrong answers it gave with the most confidence, surest first. */
    List<Integer> worstMistakes(int limit) {
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < guess.length; i++) {
            if (guess[i] != images.label(i)) {
                wrong.add(i);
            }
        }
        wrong.sort(Comparator.comparingDouble((Integer i) -> -guessProbability[i]));
        return List.copyOf(wrong.subList(0, Math.min(limit, wrong.size())));
    }
}
