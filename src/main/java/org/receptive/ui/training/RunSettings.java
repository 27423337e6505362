package org.receptive.ui.training;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.receptive.data.Augmentation;
import org.receptive.data.Dataset;
import org.receptive.engine.Adam;
import org.receptive.engine.Optimizer;
import org.receptive.engine.Sgd;
import org.receptive.engine.TrainingConfig;

/** The hyperparameters of a run, with classroom defaults, and the engine objects they make. */
public final class RunSettings {

    /** The two optimisers, each with the learning rate that works for it on MNIST. */
    public enum OptimizerChoice {
        ADAM("Adam", 0.001), SGD("SGD with momentum 0.9", 0.01);

        private final String label;
        final double usualRate;

        OptimizerChoice(String label, double usualRate) {
            this.label = label;
            this.usualRate = usualRate;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** How many training images a run may use: all, or fewer for a quick demo. */
    public static final List<Integer> LIMITS = List.of(0, 20_000, 5_000, 1_000);

    private final ObjectProperty<OptimizerChoice> optimizer = new SimpleObjectProperty<>(OptimizerChoice.ADAM);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(OptimizerChoice.ADAM.usualRate);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(32);
    private final IntegerProperty epochs = new SimpleIntegerProperty(1);
    private final BooleanProperty augment = new SimpleBooleanProperty(false);
    private final LongProperty seed = new SimpleLongProperty(1);
    /**
     * First-layer kernels start at a tenth of the usual (He) size, so the edges and strokes
     * training writes into them are not hidden under the starting noise.
     */
    private final BooleanProperty faintStart = new SimpleBooleanProperty(true);
    private final IntegerProperty trainLimit = new SimpleIntegerProperty(0);
    /** Worker threads: all cores but one by default, which the window needs to stay smooth. */
    private final IntegerProperty threads = new SimpleIntegerProperty(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    public RunSettings() {
        // Switching optimiser switches to its usual rate: SGD at Adam's 0.001 would barely move.
        optimizer.addListener((o, was, now) -> {
            if (was != null && learningRate.get() == was.usualRate) {
                learningRate.set(now.usualRate);
            }
        });
    }

    /** The engine's optimiser; throws with a plain message for a rate that is not positive. */
    Optimizer newOptimizer() {
        double lr = learningRate.get();
        if (!(lr > 0) || lr > 10) {
            throw new IllegalArgumentException("the learning rate must be above 0 and at most 10, not " + lr);
        }
        return optimizer.get() == OptimizerChoice.SGD ? new Sgd(lr, Sgd.DEFAULT_MOMENTUM) : new Adam(lr);
    }

    /**
     * What a run with these settings (as they are now) trains and tests on, made when called on
     * the run's thread, since reading the images takes a second: the first {@code trainLimit}
     * training images (all for 0), augmented if asked, and the trainer's configuration, with
     * held-out accuracy on the first {@link DataSource#HELD_OUT} test images about twenty times an
     * epoch, so the chart fills in as it learns while evaluation costs only a few percent of the run.
     */
    Supplier<TrainingRun.Data> dataFrom(DataSource source) {
        int limit = trainLimit.get(), epochs = this.epochs.get(), batch = batchSize.get(), workers = Math.max(1, threads.get());
        long seed = this.seed.get();
        boolean augment = this.augment.get();
        return () -> {
            try {
                source.load();
            } catch (IOException e) {
                throw new IllegalStateException("the data cannot be read: " + e.getMessage(), e);
            }
            Dataset train = source.train(), test = source.test();
            if (limit > 0 && limit < train.size()) {
                train = train.subset(0, limit);
            }
            int batches = Math.max(1, (train.size() + batch - 1) / batch);
            TrainingConfig config = new TrainingConfig(epochs, batch, workers, seed, augment, 1.0, Math.max(5, batches / 20),
                    Math.min(DataSource.HELD_OUT, test.size()));
            return new TrainingRun.Data(augment ? train.withAugmentation(Augmentation.DEFAULT) : train, test, config);
        };
    }

    /** One line for the run's note and the log. */
    String describe() {
        return String.format(Locale.ROOT, "%s, learning rate %s, batch %d, %d epoch(s), augmentation %s, seed %d%s",
                optimizer.get(), learningRate.get(), batchSize.get(), epochs.get(), augment.get() ? "on" : "off", seed.get(),
                faintStart.get() ? ", first kernels started faint (0.1 of He)" : "");
    }

    public ObjectProperty<OptimizerChoice> optimizerProperty() { return optimizer; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public IntegerProperty batchSizeProperty() { return batchSize; }
    public IntegerProperty epochsProperty() { return epochs; }
    public BooleanProperty augmentProperty() { return augment; }
    public LongProperty seedProperty() { return seed; }
    public BooleanProperty faintStartProperty() { return faintStart; }
    /** Train on the first N images only (0 = all). */
    public IntegerProperty trainLimitProperty() { return trainLimit; }
    public IntegerProperty threadsProperty() { return threads; }
}
