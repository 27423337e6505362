/**
 * The Stepper view's Backward mode: where the gradient dL/dY comes from, the backward sweep's grids
 * (dL/dY, dL/dW, dL/dX) and arithmetic, and one step of gradient descent. View-models here are plain
 * JavaFX properties over {@code org.receptive.stepper}; views only draw their pictures.
 */
package org.receptive.ui.stepper.backward;
