package org.receptive;

import java.util.List;

/**
 * The app's JVM options that keep HotSpot's optimising compiler (C2) off the JDK's and JavaFX's
 * start-up code while it still compiles ours as soon as it would anyway.
 *
 * <p>By the first frame C2 has used as much of the two cores as the UI thread, compiling the
 * JDK's maps, strings and zip code that start-up runs for a moment and never again. Raising C2's
 * thresholds tenfold for every method takes that off (the window about 0.25 s sooner), but alone
 * it also leaves the engine's Vector API kernels in C1's slower code for the first strokes a
 * student draws. So the methods of our own packages and of the Vector API get a tenth of the
 * raised thresholds: the usual ones for C2, and C1 sooner than usual. Measured in
 * docs/DEVELOPING.md ("Launch time"); given to the app's JVM by {@link VectorLaunch} only, since
 * the command line's work runs for minutes and gains nothing.
 */
final class StartupCompilation {

    /** C2's thresholds of HotSpot 17, each ten times its default. */
    private static final List<String> LATER_C2 = List.of(
            "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000",
            "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    /** The classes whose speed a student sees from the first stroke: ours and the Vector API's. */
    static final List<String> OUR_PACKAGES = List.of("org.receptive", "jdk.incubator.vector", "jdk.internal.vm.vector");

    private StartupCompilation() {
    }

    /** The options, for a JVM started with HotSpot's command-line syntax. */
    static List<String> jvmOptions() {
        List<String> options = new java.util.ArrayList<>(LATER_C2);
        options.add("-XX:CompileCommand=quiet");                 // else HotSpot prints each command on start
        for (String p : OUR_PACKAGES) {
            options.add("-XX:CompileCommand=CompileThresholdScaling," + p + ".*::*,0.1");
        }
        return List.copyOf(options);
    }
}
