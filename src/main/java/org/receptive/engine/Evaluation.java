package org.receptive.engine;

/**
 * Accuracy, mean loss and the confusion matrix ({@code confusion[truth][predicted]}) of a network
 * on some labelled samples.
 */
public record Evaluation(int count, int correct, double meanLoss, int[][] confusion) {

    public double accuracy() {
        return count == 0 ? 0 : (double) correct / count;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d/%d correct (%.2f%%), mean loss %.4f",
                correct, count, 100 * accuracy(), meanLoss);
    }
}
