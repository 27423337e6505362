package org.receptive.engine;

/**
 * The shape of one sample's activation: channels × height × width, stored channel-major
 * ({@code index = (c * height + y) * width + x}). A dense vector is {@code (n, 1, 1)}.
 */
public record Shape(int channels, int height, int width) {

    public Shape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("a shape needs positive sizes, got " + channels + "×" + height + "×" + width);
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
