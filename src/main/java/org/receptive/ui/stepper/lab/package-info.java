/**
 * The "learn this kernel" lab, a mode of the Stepper view: a kernel learning a preset from a batch
 * of pictures, update after update ({@code org.receptive.stepper.KernelLab}), with its loss curve,
 * a picture it never saw, and a way into the Backward mode for any single update.
 */
package org.receptive.ui.stepper.lab;
