package org.receptive.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.receptive.data.Augmentation;
import org.receptive.data.Dataset;
import org.receptive.data.PersonalDigits;
import org.receptive.engine.Adam;
import org.receptive.engine.Network;
import org.receptive.engine.Trainer;
import org.receptive.engine.TrainingConfig;
import org.receptive.engine.TrainingListener;
import org.receptive.engine.TrainingResult;

/**
 * A few seconds of extra training on a copy of the current model: the person's own digits, each
 * repeated so they are about a tenth of the mix, among a slice of MNIST that keeps the model from
 * forgetting everyone else's handwriting. All images are augmented (shifted, scaled, slanted,
 * thickened), so a handful of personal digits teaches a style rather than a few exact pictures.
 * Plain Java: runs on any thread; the caller's network is never touched.
 */
final class FineTuning {

    /**
     * @param mnistImages  MNIST training images mixed in
     * @param maxRepeats   most copies of each personal digit
     * @param learningRate Adam's step size: small, to adjust a trained model rather than retrain it
     * @param maxSeconds   the run stops after this long, keeping what it learned so far
     */
    record Settings(int mnistImages, int maxRepeats, double learningRate, double maxSeconds, long seed) {
        /** About 3 seconds of training on two cores. */
        static final Settings DEFAULT = new Settings(4000, 40, 3e-4, 8, 11);
    }

    /** What a run made: the tuned copy and its figures. */
    record Outcome(Network network, TrainingResult result, int personal, int mnist) {
    }

    private FineTuning() {
    }

    /** Tunes a copy of {@code current}; {@code progress} gets 0..1 on the training thread. */
    static Outcome run(Network current, List<PersonalDigits.Entry> personal, Dataset mnist, Settings s,
                       DoubleConsumer progress) {
        if (personal.isEmpty()) {
            throw new IllegalArgumentException("fine-tuning needs at least one of your own digits");
        }
        Network copy = current.copy();
        Dataset mine = PersonalDigits.asDataset(personal);
        int repeats = (int) Math.max(1, Math.min(s.maxRepeats(), Math.round(0.1 * s.mnistImages() / personal.size())));
        int n = Math.min(s.mnistImages(), mnist.size());
        // A different slice of MNIST for each seed, so repeated fine-tunes see new images.
        int from = (int) Math.floorMod(s.seed() * 7919L, (long) Math.max(1, mnist.size() - n + 1));
        List<Dataset> parts = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            parts.add(mine);
        }
        parts.add(mnist.subset(from, n));
        Dataset mix = Dataset.concat("my digits + MNIST", parts.toArray(Dataset[]::new))
                .withAugmentation(Augmentation.DEFAULT);
        TrainingConfig config = TrainingConfig.DEFAULT.withSeed(s.seed()).withAugment(true);
        Trainer trainer = new Trainer(copy, new Adam(s.learningRate()), config);
        TrainingResult result = trainer.train(mix, null, new TrainingListener() {
            @Override
            public void batchDone(BatchEvent e) {
                progress.accept((e.batch() + 1.0) / e.batchesPerEpoch());
                if (e.secondsElapsed() > s.maxSeconds()) {
                    trainer.cancel();
                }
            }
        });
        return new Outcome(copy, result, personal.size() * repeats, n);
    }
}
