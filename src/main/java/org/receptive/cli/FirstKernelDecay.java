package org.receptive.cli;

import org.receptive.engine.Conv2d;
import org.receptive.engine.Network;
import org.receptive.engine.Optimizer;
import org.receptive.engine.TrainingListener;

/**
 * {@code train --first-kernel-decay λ}: after every step, the first convolution's weights shrink
 * by the factor 1 − η·λ (η the learning rate of that step), the decoupled weight decay of
 * Loshchilov and Hutter ("Decoupled Weight Decay Regularization", ICLR 2019, AdamW), on that
 * layer only. What the data keeps asking for (edges, bars, strokes) is rewritten at every step;
 * what it does not, the noise Adam's equal-sized steps leave in the kernels, fades away. The
 * listener runs on the trainer's thread after the optimiser's step, while no other thread reads
 * or writes the weights; everything else it hears goes on to {@code next}.
 */
final class FirstKernelDecay implements TrainingListener {

    private final Network net;
    private final Optimizer optimizer;
    private final double decay;
    private final TrainingListener next;
    private final int from, to;

    FirstKernelDecay(Network net, Optimizer optimizer, double decay, TrainingListener next) {
        this.net = net;
        this.optimizer = optimizer;
        this.decay = decay;
        this.next = next;
        int start = -1, end = -1;
        for (int i = 0; i < net.layers().size() && start < 0; i++) {
            if (net.layer(i) instanceof Conv2d conv) {
                start = net.paramOffset(i);
                end = start + conv.weightCount();
            }
        }
        from = Math.max(0, start);
        to = Math.max(0, end);
    }

    @Override
    public void batchDone(BatchEvent event) {
        float keep = (float) (1 - optimizer.learningRate() * decay);
        float[] w = net.params();
        for (int i = from; i < to; i++) {
            w[i] *= keep;
        }
        next.batchDone(event);
    }

    @Override
    public void epochDone(EpochEvent event) {
        next.epochDone(event);
    }

    @Override
    public void evaluationDone(EvaluationEvent event) {
        next.evaluationDone(event);
    }

    @Override
    public void pausing() {
        next.pausing();
    }
}
