/**
 * The convolution engine, in plain Java: shapes, layers ({@code Conv2d}, {@code ReLU},
 * {@code MaxPool2d}, {@code Flatten}, {@code Dense}), the network and its per-thread
 * {@code Pass}, loss, optimisers, the multi-threaded {@code Trainer}, evaluation, receptive-field
 * and output-size maths, the model file and the embedded default model. Also what the views ask
 * of it, so no view knows the parameter layout: a convolution's kernels one at a time, and the
 * largest magnitude for a colour scale ({@code Magnitude}).
 *
 * <p>May use: the JDK only. No other package of ours, no JavaFX.
 */
package org.receptive.engine;
