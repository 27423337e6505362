package org.receptive.engine;

/**
 * The shape of one sample's activation: channels × height × width, stored channel-major
 * ({@code index = (c * height + y) * width + x}). A dense vector is {@code (n, 1, 1)}.
 */
public record Shape(int channels, int height, int width) {

    /** Most values one sample's activation may hold: a Java array's limit, less a little headroom. */
    public static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    public Shape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("a shape needs positive sizes, got " + channels + "×" + height + "×" + width);
        }
        // Checked in long arithmetic: 1×65536×65536 would otherwise wrap round to a size of 0.
        long values = (long) channels * height * width;
        if (values > MAX_VALUES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%d×%d×%d is too large: %,d values, at most %,d fit in one activation",
                    channels, height, width, values, MAX_VALUES));
        }
    }

    /** Number of floats one sample of this shape holds. */
    public int size() {
        return channels * height * width;
    }

    /** Index of (c, y, x) in the channel-major layout. */
    public int index(int c, int y, int x) {
        return (c * height + y) * width + x;
    }

    @Override
    public String toString() {
        return channels + "×" + height + "×" + width;
    }
}
