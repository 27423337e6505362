package org.receptive.ui.training.kernels;

import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The kernels the studio shows now (live or scrubbed back), and those of step 0: what the kernels card draws. */
public interface ShownKernels {

    /** Every convolution's kernels on show, first convolution first. */
    ReadOnlyObjectProperty<List<ConvKernels>> kernelsProperty();

    /** The kernels at step 0 of this network's history, to show what training has changed. */
    List<ConvKernels> startKernels();

    /** The model the network was loaded from (step 0 is that model), or empty: it started from random weights. */
    java.util.Optional<String> loadedFrom();

    /** The training step of the weights on show. */
    ReadOnlyLongProperty stepProperty();
}
