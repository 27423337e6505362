package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Training lowers the loss, and a run can be cancelled, paused, and stops itself when it diverges. */
class TrainerTest {

    static final Architecture ARCH = Architecture.parse("1x8x8: conv3x3x4p1 relu pool2 dense4");
    static final TrainingConfig CONFIG = new TrainingConfig(12, 16, 2, 5L, false, 1.0, 0, 0);

    static Stream<Arguments> optimisers() {
        return Stream.of(
                Arguments.of("sgd", (Supplier<Optimizer>) () -> new Sgd(0.05, 0.9)),
                Arguments.of("adam", (Supplier<Optimizer>) () -> new Adam(0.01)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimisers")
    void trainingOnTheQuadrantTaskLowersTheLoss(String name, Supplier<Optimizer> optimizer) {
        Network net = Network.create(ARCH, 1);
        QuadrantSamples train = new QuadrantSamples(256, 1), test = new QuadrantSamples(256, 2);
        Evaluation before = Evaluator.evaluate(net, test, 0, 1);
        List<TrainingListener.EpochEvent> epochs = new ArrayList<>();
        List<TrainingListener.EvaluationEvent> evaluations = new ArrayList<>();
        TrainingResult result = new Trainer(net, optimizer.get(), CONFIG).train(train, test, new TrainingListener() {
            @Override public void epochDone(EpochEvent e) { epochs.add(e); }
            @Override public void evaluationDone(EvaluationEvent e) { evaluations.add(e); }
        });

        assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
        assertEquals(12 * 16, result.steps());
        assertEquals(12 * 256, result.images());
        assertEquals(12, epochs.size());
        assertEquals(12, evaluations.size());                 // evaluateEvery 0: once per epoch
        Evaluation after = result.lastEvaluation();
        assertEquals(256, after.count());
        double chance = Math.log(4);
        assertTrue(before.meanLoss() > 0.8 * chance, "an untrained net guesses: " + before);
        assertTrue(after.meanLoss() < 0.1, name + ": " + after);   // ln 4 ≈ 1.39 at chance
        assertTrue(after.accuracy() > 0.9, name + ": " + after);
        assertTrue(epochs.get(11).meanLoss() < 0.5 * epochs.get(0).meanLoss(), name + ": " + epochs);
    }

    @Test
    void oneStepMovesTheWeightsAgainstTheMeanGradientOfTheBatch() {
        QuadrantSamples samples = new QuadrantSamples(10, 3);
        Network net = Network.create(ARCH, 2);
        float[] before = net.copyParams();
        // By hand: θ − η · (1/10) Σ_i ∇loss_i, one sample at a time through a Pass.
        double[] sum = new double[before.length];
        Pass pass = net.newPass();
        float[] image = new float[64];
        double loss = 0;
        for (int i = 0; i < samples.size(); i++) {
            float[] g = new float[before.length];
            samples.copy(i, image, null);
            pass.forward(image);
            loss += pass.backward(samples.label(i), g);
            for (int j = 0; j < g.length; j++) {
                sum[j] += g[j];
            }
        }
        float[] losses = new float[1];
        TrainingResult result = new Trainer(net, new Sgd(0.5, 0), CONFIG.withEpochs(1).withBatchSize(10).withThreads(3))
                .train(samples, null, new TrainingListener() {
                    @Override public void batchDone(BatchEvent e) { losses[0] = e.loss(); }
                });
        assertEquals(1, result.steps());
        assertEquals(loss / 10, losses[0], 1e-5, "the batch event reports the mean loss");
        for (int j = 0; j < before.length; j++) {
            assertEquals(before[j] - 0.5 * sum[j] / 10, net.params()[j], 1e-5, "parameter " + j);
        }
    }

    @Test
    void cancellingFromTheListenerStopsBeforeTheNextBatch() {
        Network net = Network.create(ARCH, 1);
        float[] initial = net.copyParams();
        List<Long> steps = new ArrayList<>();
        Trainer[] trainer = new Trainer[1];
        trainer[0] = new Trainer(net, new Sgd(0.05, 0.9), CONFIG);
        TrainingResult result = trainer[0].train(new QuadrantSamples(256, 1), null, new TrainingListener() {
            @Override public void batchDone(BatchEvent e) {
                steps.add(e.step());
                if (e.step() == 3) {
                    trainer[0].cancel();
                }
            }
        });
        assertEquals(TrainingResult.Status.CANCELLED, result.status());
        assertEquals(3, result.steps());
        assertEquals(List.of(1L, 2L, 3L), steps);
        assertEquals(3 * 16, result.images());
        assertTrue(result.message().contains("3 batches"), result.message());
        assertFalse(Arrays.equals(initial, net.params()), "three steps were taken");
    }

    @Test
    void aPauseIsAnnouncedOnceBeforeTheWaitWithTheWeightsItHolds() {
        Network net = Network.create(ARCH, 1);
        Trainer trainer = new Trainer(net, new Sgd(0.05, 0.9), CONFIG);
        float[][] atStep2 = new float[1][];
        List<float[]> announced = new ArrayList<>();
        trainer.train(new QuadrantSamples(256, 1), null, new TrainingListener() {
            @Override public void batchDone(BatchEvent e) {
                if (e.step() == 2) {
                    atStep2[0] = net.copyParams();
                    trainer.setPaused(true);
                }
            }

            @Override public void pausing() {
                announced.add(net.copyParams());
                trainer.setPaused(false);   // resume at once: the run goes on to its end
            }
        });
        assertEquals(1, announced.size(), "announced once");
        org.junit.jupiter.api.Assertions.assertArrayEquals(atStep2[0], announced.get(0), "the weights after step 2, held still");
    }

    @Test
    @Timeout(20)
    void aPausedRunWaitsAndCanBeCancelledWhilePaused() throws InterruptedException {
        Network net = Network.create(ARCH, 1);
        Trainer trainer = new Trainer(net, new Sgd(0.05, 0.9), CONFIG);
        List<Long> steps = new ArrayList<>();
        TrainingResult[] result = new TrainingResult[1];
        Thread run = new Thread(() -> result[0] = trainer.train(new QuadrantSamples(256, 1), null, new TrainingListener() {
            @Override public void batchDone(BatchEvent e) {
                synchronized (steps) {
                    steps.add(e.step());
                }
                if (e.step() == 2) {
                    trainer.setPaused(true);
                }
            }
        }));
        run.start();
        while (!trainer.isPaused() && run.isAlive()) {
            Thread.sleep(5);
        }
        Thread.sleep(200);                                    // paused: no batch in the meantime
        synchronized (steps) {
            assertEquals(List.of(1L, 2L), steps);
        }
        trainer.cancel();                                     // also releases the pause
        run.join();
        assertEquals(TrainingResult.Status.CANCELLED, result[0].status());
        assertEquals(2, result[0].steps());
        assertFalse(trainer.isPaused());
    }

    @Test
    void aHugeLearningRateEndsTheRunAsDiverged() {
        // At 1e30 the weights overflow within two steps and the loss stops being a number.
        Network net = Network.create(ARCH, 1);
        Optimizer sgd = new Sgd(1e30, 0.9);
        TrainingResult result = new Trainer(net, sgd, CONFIG).train(new QuadrantSamples(256, 1), null, new TrainingListener() { });
        assertEquals(TrainingResult.Status.DIVERGED, result.status(), result.message());
        assertTrue(result.message().contains("learning rate") && result.message().contains("1.0E30"), result.message());
        assertTrue(result.steps() < CONFIG.epochs() * 16L, "stopped early, after " + result.steps() + " steps");
    }

    @Test
    void aLossStuckFarAboveGuessingAlsoCountsAsDiverged() {
        // At 1e6 the loss stays finite (each sample's is capped at −log 1e−30) but jumps far above
        // ln 4, which only a broken run reaches.
        TrainingResult result = new Trainer(Network.create(ARCH, 1), new Sgd(1e6, 0.9), CONFIG)
                .train(new QuadrantSamples(256, 1), null, new TrainingListener() { });
        assertEquals(TrainingResult.Status.DIVERGED, result.status(), result.message());
        assertTrue(result.message().contains("smaller learning rate"), result.message());
    }

    @Test
    void learningRateDecaysOncePerEpoch() {
        Optimizer sgd = new Sgd(0.1, 0.9);
        new Trainer(Network.create(ARCH, 1), sgd, CONFIG.withEpochs(3).withLearningRateDecay(0.5))
                .train(new QuadrantSamples(64, 1), null, new TrainingListener() { });
        assertEquals(0.1 * 0.125, sgd.learningRate(), 1e-12);
    }

    @Test
    void evaluationEveryNBatchesOnAFewSamples() {
        List<TrainingListener.EvaluationEvent> evaluations = new ArrayList<>();
        TrainingResult result = new Trainer(Network.create(ARCH, 1), new Adam(0.01), CONFIG.withEpochs(1).withEvaluation(5, 40))
                .train(new QuadrantSamples(256, 1), new QuadrantSamples(100, 2), new TrainingListener() {
                    @Override public void evaluationDone(EvaluationEvent e) { evaluations.add(e); }
                });
        assertEquals(List.of(5L, 10L, 15L), evaluations.stream().map(TrainingListener.EvaluationEvent::step).toList());
        assertEquals(40, result.lastEvaluation().count());
    }
}
