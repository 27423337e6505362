package org.receptive.engine;

/**
 * How a run trains: epochs, mini-batch size, worker threads, seed, augmentation, a per-epoch
 * learning-rate decay, and how often (in batches) to evaluate on how many held-out samples.
 */
public record TrainingConfig(int epochs, int batchSize, int threads, long seed, boolean augment,
                             double learningRateDecay, int evaluateEvery, int evaluationSamples) {

    public static final TrainingConfig DEFAULT = new TrainingConfig(1, 32,
            Runtime.getRuntime().availableProcessors(), 1L, false, 1.0, 0, 0);

    public TrainingConfig {
        if (epochs < 1 || epochs > 1000) throw new IllegalArgumentException("epochs must be 1 to 1000, not " + epochs);
        if (batchSize < 1 || batchSize > 4096) throw new IllegalArgumentException("batch size must be 1 to 4096, not " + batchSize);
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads must be 1 to 256, not " + threads);
        if (!(learningRateDecay > 0 && learningRateDecay <= 1)) throw new IllegalArgumentException("learning-rate decay must be in (0, 1]");
        if (evaluateEvery < 0) throw new IllegalArgumentException("evaluateEvery must be 0 (epoch ends only) or more");
        if (evaluationSamples < 0) throw new IllegalArgumentException("evaluationSamples must be 0 (all) or more");
    }

    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(e, batchSize, threads, seed, augment, learningRateDecay, evaluateEvery, evaluationSamples);
    }
    public TrainingConfig withBatchSize(int b) {
        return new TrainingConfig(epochs, b, threads, seed, augment, learningRateDecay, evaluateEvery, evaluationSamples);
    }
    public TrainingConfig withThreads(int t) {
        return new TrainingConfig(epochs, batchSize, t, seed, augment, learningRateDecay, evaluateEvery, evaluationSamples);
    }
    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(epochs, batchSize, threads, s, augment, learningRateDecay, evaluateEvery, evaluationSamples);
    }
    public TrainingConfig withAugment(boolean a) {
        return new TrainingConfig(epochs, batchSize, threads, seed, a, learningRateDecay, evaluateEvery, evaluationSamples);
    }
    public TrainingConfig withLearningRateDecay(double d) {
        return new TrainingConfig(epochs, batchSize, threads, seed, augment, d, evaluateEvery, evaluationSamples);
    }
    public TrainingConfig withEvaluation(int every, int samples) {
        return new TrainingConfig(epochs, batchSize, threads, seed, augment, learningRateDecay, every, samples);
    }
}
