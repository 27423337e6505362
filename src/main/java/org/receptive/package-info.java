/**
 * Receptive: a desktop lab that teaches how convolutional layers work. {@code Main} opens the app,
 * or runs the command line when given a command. Below it, one package per part, the arrows
 * pointing one way: {@code ui} uses {@code stepper}, {@code lesson}, {@code cortex}, {@code data}
 * and {@code engine}; {@code cli} uses {@code data} and {@code engine}; nothing below {@code ui}
 * uses JavaFX ({@code ArchitectureRulesTest} checks the compiled classes).
 */
package org.receptive;
