package org.receptive.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.receptive.data.DigitOrNot;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.NonDigitRule;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;

/**
 * {@code evaluate --non-digits N}: measures {@link NonDigitRule} on N MNIST test digits (each
 * drawn four ways and scanned) and N generated non-digits, split in halves. On the calibration
 * half it proposes constants: each is a quantile of the calibration digits' own values (so the
 * rule says "outside what digits do", not "where these non-digits happen to fall"), the levels
 * chosen to turn away as many non-digits as possible while turning away at most {@link #BUDGET}
 * of the digits. It prints those and the held-out rates of the proposal and of the constants
 * now in {@link NonDigitRule}.
 */
final class NonDigitMeasurement {

    /** Share of the calibration digits the proposed rule may turn away. */
    static final double BUDGET = 0.01;
    /** Quantile levels tried for each constant (0: the constant is not used). */
    private static final double[] LEVELS = {0, 0.001, 0.002, 0.005, 0.01, 0.02};

    /** One measured picture: null features when preprocessing found no ink. */
    record Measured(String group, boolean digit, boolean readRight, NonDigitRule.Features features, boolean calibration) {
        boolean turnedAway(NonDigitRule.Limits limits) {
            return features == null || NonDigitRule.judge(features, limits) != null;
        }
    }

    private NonDigitMeasurement() {
    }

    static List<Measured> measure(Network net, int n) {
        List<Measured> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (DigitOrNot.Picture p : DigitOrNot.digits(i)) {
                out.add(measure(net, p, i % 2 == 0));
            }
            out.add(measure(net, DigitOrNot.nonDigit(i), (i / 10) % 2 == 0));   // kinds take turns in tens
        }
        return out;
    }

    private static Measured measure(Network net, DigitOrNot.Picture picture, boolean calibration) {
        PreprocessedDigit p = DigitPreprocessor.process(picture.grey(), picture.height(), picture.width());
        if (p.isEmpty()) {
            return new Measured(picture.group(), picture.digit(), false, null, calibration);
        }
        boolean right = SoftmaxCrossEntropy.argmax(net.forward(p.pixels())) == picture.label();
        return new Measured(picture.group(), picture.digit(), right, NonDigitRule.features(p, net.logits()), calibration);
    }

    static void report(PrintStream out, Network net, int n) {
        List<Measured> all = measure(net, n);
        List<Measured> calibration = all.stream().filter(Measured::calibration).toList();
        List<Measured> heldOut = all.stream().filter(m -> !m.calibration()).toList();
        NonDigitRule.Limits proposal = propose(calibration);
        out.printf(Locale.ROOT, "non-digit rule: %d MNIST test digits (each drawn 4 ways and scanned) and %d generated "
                + "non-digits, in a calibration and a held-out half%n", n, n);
        out.printf(Locale.ROOT, "proposed on the calibration half (digits turned away at most %.1f%%): %s%n", 100 * BUDGET,
                constants(proposal));
        out.printf(Locale.ROOT, "  calibration: digits turned away %.2f%%, non-digits turned away %.2f%%%n",
                100 * rate(calibration, true, proposal), 100 * rate(calibration, false, proposal));
        out.printf(Locale.ROOT, "  held-out:    digits turned away %.2f%%, non-digits turned away %.2f%%%n",
                100 * rate(heldOut, true, proposal), 100 * rate(heldOut, false, proposal));
        out.printf(Locale.ROOT, "the rule now in NonDigitRule (%s), held-out half:%n", constants(NonDigitRule.LIMITS));
        long digits = heldOut.stream().filter(Measured::digit).count();
        long accepted = heldOut.stream().filter(m -> m.digit() && !m.turnedAway(NonDigitRule.LIMITS)).count();
        long acceptedRight = heldOut.stream().filter(m -> m.digit() && m.readRight() && !m.turnedAway(NonDigitRule.LIMITS)).count();
        out.printf(Locale.ROOT, "  digits turned away %.2f%% of %d (%s); of those accepted, %.2f%% read right%n",
                100 * rate(heldOut, true, NonDigitRule.LIMITS), digits, byGroup(heldOut, true, NonDigitRule.LIMITS),
                100.0 * acceptedRight / Math.max(1, accepted));
        out.printf(Locale.ROOT, "  non-digits turned away %.2f%% of %d (%s)%n", 100 * rate(heldOut, false, NonDigitRule.LIMITS),
                heldOut.stream().filter(m -> !m.digit()).count(), byGroup(heldOut, false, NonDigitRule.LIMITS));
    }

    /** The levels that turn away most calibration non-digits within the budget on calibration digits. */
    static NonDigitRule.Limits propose(List<Measured> calibration) {
        List<NonDigitRule.Features> digits = calibration.stream()
                .filter(m -> m.digit() && m.features() != null).map(Measured::features).toList();
        double best = -1;
        NonDigitRule.Limits chosen = null;
        for (double e : LEVELS) {
            for (double a : LEVELS) {
                for (double c : LEVELS) {
                    for (double f : LEVELS) {
                        for (double p : new double[] {0, 0.002}) {
                            NonDigitRule.Limits limits = new NonDigitRule.Limits(
                                    e == 0 ? Double.NEGATIVE_INFINITY : quantile(digits, 0, e),
                                    p == 0 ? Integer.MAX_VALUE : (int) quantile(digits, 1, 1 - p),
                                    a == 0 ? Double.POSITIVE_INFINITY : quantile(digits, 2, 1 - a),
                                    c == 0 ? Double.POSITIVE_INFINITY : quantile(digits, 3, 1 - c),
                                    f == 0 ? Double.POSITIVE_INFINITY : quantile(digits, 4, 1 - f));
                            if (rate(calibration, true, limits) <= BUDGET) {
                                double rejected = rate(calibration, false, limits);
                                if (rejected > best) {
                                    best = rejected;
                                    chosen = limits;
                                }
                            }
                        }
                    }
                }
            }
        }
        return chosen;
    }

    /** The q-quantile of feature k (energy, parts, aspect, coverage, fill). */
    private static double quantile(List<NonDigitRule.Features> features, int k, double q) {
        double[] v = features.stream().mapToDouble(f -> switch (k) {
            case 0 -> f.energy();
            case 1 -> f.parts();
            case 2 -> f.aspect();
            case 3 -> f.coverage();
            default -> f.fill();
        }).toArray();
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.floor(q * v.length))];
    }

    private static double rate(List<Measured> ms, boolean digits, NonDigitRule.Limits limits) {
        long n = 0, away = 0;
        for (Measured m : ms) {
            if (m.digit() == digits) {
                n++;
                away += m.turnedAway(limits) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) away / n;
    }

    private static String byGroup(List<Measured> ms, boolean digits, NonDigitRule.Limits limits) {
        Map<String, int[]> groups = new TreeMap<>();
        for (Measured m : ms) {
            if (m.digit() == digits) {
                int[] c = groups.computeIfAbsent(m.group(), g -> new int[2]);
                c[0] += m.turnedAway(limits) ? 1 : 0;
                c[1]++;
            }
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((g, c) -> parts.add(String.format(Locale.ROOT, "%s %.1f%%", g, 100.0 * c[0] / c[1])));
        return String.join(", ", parts);
    }

    private static String constants(NonDigitRule.Limits l) {
        return l == null ? "none fits the budget" : String.format(Locale.ROOT,
                "MIN_ENERGY = %.2f, MAX_PARTS = %d, MAX_ASPECT = %.3f, MAX_COVERAGE = %.3f, MAX_FILL = %.3f",
                l.minEnergy(), l.maxParts(), l.maxAspect(), l.maxCoverage(), l.maxFill());
    }
}
