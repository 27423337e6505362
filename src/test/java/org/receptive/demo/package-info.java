/**
 * The screenshot and measurement harness, kept out of what ships: it opens the app as
 * {@code ReceptiveApp} does and plays a script of {@link org.receptive.demo.DemoKey keys} on it,
 * through the view-models and the window's nodes, printing what it measures. Run against the
 * built jar with {@code java -cp target/receptive.jar:target/test-classes org.receptive.demo.Demo "KEYS"};
 * docs/DEVELOPING.md has the commands behind every screenshot in docs.
 *
 * <p>May use: everything in the app. Nothing in the app may use it ({@code ArchitectureRulesTest}).
 */
package org.receptive.demo;
