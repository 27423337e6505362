package org.receptive.ui.network;

/** A chosen unit: channel, row and column of activation {@code activation}. */
record Neuron(int activation, int channel, int row, int col) {
}
