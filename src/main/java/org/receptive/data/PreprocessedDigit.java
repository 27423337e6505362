package org.receptive.data;

/**
 * Every stage of turning a drawing into the 28×28 grid the network reads, so the app can show
 * them one by one.
 *
 * @param grey      the drawing as grey values 0..1 with ink bright (inverted if it came dark-on-light)
 * @param height    rows of {@code grey}
 * @param width     columns of {@code grey}
 * @param inverted  whether the drawing was dark ink on a light background
 * @param box       the ink's bounding box in the drawing (null when empty)
 * @param fitted    the cropped ink scaled to fit 20×20, aspect ratio kept
 * @param fittedHeight rows of {@code fitted}
 * @param fittedWidth  columns of {@code fitted}
 * @param massY     centre of mass of {@code fitted}, row
 * @param massX     centre of mass of {@code fitted}, column
 * @param top       row of the 28×28 grid where {@code fitted}'s first row was placed
 * @param left      column of the 28×28 grid where {@code fitted}'s first column was placed
 * @param pixels    the final 28×28 input, row-major, 0..1 (all zero when empty)
 * @param empty     true when there is too little ink to call it a digit
 */
public record PreprocessedDigit(float[] grey, int height, int width, boolean inverted, Box box,
                                float[] fitted, int fittedHeight, int fittedWidth, double massY, double massX,
                                int top, int left, float[] pixels, boolean empty) {

    /** Side of the network's input grid. */
    public static final int SIDE = 28;
    /** Side of the box the ink is scaled to fit, as in MNIST. */
    public static final int FIT = 20;

    /** A rectangle of the drawing: first row and column, height and width. */
    public record Box(int top, int left, int height, int width) {
    }

    public boolean isEmpty() {
        return empty;
    }
}
