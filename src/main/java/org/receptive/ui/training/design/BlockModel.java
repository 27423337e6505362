package org.receptive.ui.training.design;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.receptive.engine.NetworkDesign.ConvBlock;

/** The editable settings of one convolutional block. Any number is accepted; the design explains what is wrong. */
public final class BlockModel {

    private final IntegerProperty filters = new SimpleIntegerProperty(8);
    private final IntegerProperty kernel = new SimpleIntegerProperty(5);
    private final IntegerProperty padding = new SimpleIntegerProperty(2);
    private final IntegerProperty stride = new SimpleIntegerProperty(1);
    private final BooleanProperty pool = new SimpleBooleanProperty(true);

    ConvBlock toBlock() {
        return new ConvBlock(filters.get(), kernel.get(), padding.get(), stride.get(), pool.get());
    }

    void set(ConvBlock b) {
        filters.set(b.filters());
        kernel.set(b.kernel());
        padding.set(b.padding());
        stride.set(b.stride());
        pool.set(b.pool());
    }

    public IntegerProperty filtersProperty() { return filters; }
    public IntegerProperty kernelProperty() { return kernel; }
    public IntegerProperty paddingProperty() { return padding; }
    public IntegerProperty strideProperty() { return stride; }
    public BooleanProperty poolProperty() { return pool; }
}
