package org.receptive.explain;

/**
 * The ways of answering "why?", each with a plain one-line caption saying what it shows and what
 * it does not, and what the colours of its map mean.
 */
public enum Method {

    OCCLUSION("Occlusion",
            "Covers each patch of the input with a grey square and maps how much the answer drops. It shows "
                    + "which parts the answer needs, not why: covering adds a grey blob, which can also look like ink.",
            "red: covering it lowers", "blue: covering it raises"),
    GRADIENT_TIMES_INPUT("Gradient × input",
            "Multiplies each pixel's ink by how fast the score changes with it. It marks inked pixels only: it "
                    + "cannot show that missing ink (a gap, a stroke that is not there) matters.",
            "red: this ink pushes it up", "blue: this ink pushes it down"),
    GRAD_CAM("Class activation (Grad-CAM)",
            "Weights the last convolution's feature maps by their gradient and enlarges the sum to the input. It "
                    + "shows roughly where the evidence is, blurred to that layer's coarse grid, and only what speaks for "
                    + "the answer, never against.",
            "red: evidence for", "white: none");

    private final String title;
    private final String caption;
    private final String positive;
    private final String negative;

    Method(String title, String caption, String positive, String negative) {
        this.title = title;
        this.caption = caption;
        this.positive = positive;
        this.negative = negative;
    }

    public String title() {
        return title;
    }

    /** What it does and does not tell you, in one line. */
    public String caption() {
        return caption;
    }

    /** What the legend's positive end means. */
    public String positiveMeaning() {
        return positive;
    }

    /** What the legend's negative end (or zero, for Grad-CAM) means. */
    public String negativeMeaning() {
        return negative;
    }

    /** Whether the map holds signed values (Grad-CAM keeps only the positive part, as its paper does). */
    public boolean signed() {
        return this != GRAD_CAM;
    }

    @Override
    public String toString() {
        return title;
    }
}
