package org.receptive.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.receptive.data.DigitOrNot;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.DrawnDigits;
import org.receptive.data.NonDigitRule;
import org.receptive.data.PenDoodles;
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
    record Measured(String group, boolean digit, boolean readRight, NonDigitRule.Features features, float top,
                    boolean calibration) {
        boolean turnedAway(NonDigitRule.Limits limits) {
            return features == null || NonDigitRule.judge(features, limits) != null;
        }

        /** What the Draw view does not answer with a digit: "not a digit", or "I am not sure". */
        boolean unsure(NonDigitRule.Limits limits) {
            return turnedAway(limits) || top < NonDigitRule.SURE;
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

    /**
     * {@code n} doodles of {@link PenDoodles}, the kinds taking turns, each drawn on the pad with
     * a test variant's pen (the variants taking turns). Seeds apart from those training draws
     * from ({@code DrawnTraining} seeds with the training seed times a large odd constant).
     */
    static List<Measured> doodles(Network net, int n) {
        List<Measured> out = new ArrayList<>();
        PenDoodles.Kind[] kinds = PenDoodles.Kind.values();
        DrawnDigits.Variant[] variants = DrawnDigits.Variant.values();
        for (int i = 0; i < n; i++) {
            SplittableRandom r = new SplittableRandom(0x5EED_D00DL + 7919L * i);
            PenDoodles.Kind kind = kinds[i % kinds.length];
            float[] canvas = DrawnDigits.render(PenDoodles.draw(kind, r), variants[(i / kinds.length) % variants.length].pen(), r);
            String group = "drawn " + kind.name().toLowerCase(Locale.ROOT) + "s";
            out.add(measure(net, new DigitOrNot.Picture(group, -1, canvas, DrawnDigits.SIZE, DrawnDigits.SIZE), false));
        }
        return out;
    }

    private static Measured measure(Network net, DigitOrNot.Picture picture, boolean calibration) {
        PreprocessedDigit p = DigitPreprocessor.process(picture.grey(), picture.height(), picture.width());
        if (p.isEmpty()) {
            return new Measured(picture.group(), picture.digit(), false, null, 0, calibration);
        }
        float[] probabilities = net.forward(p.pixels());
        int best = SoftmaxCrossEntropy.argmax(probabilities);
        return new Measured(picture.group(), picture.digit(), best == picture.label(), NonDigitRule.features(p, net.logits()),
                probabilities[best], calibration);
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
        out.printf(Locale.ROOT, "  held-out:    digits turned away %.2f%% (%s)%n", 100 * rate(heldOut, true, proposal),
                byGroup(heldOut, true, m -> m.turnedAway(proposal)));
        out.printf(Locale.ROOT, "               non-digits turned away %.2f%% (%s)%n", 100 * rate(heldOut, false, proposal),
                byGroup(heldOut, false, m -> m.turnedAway(proposal)));
        out.printf(Locale.ROOT, "the rule now in NonDigitRule (%s), held-out half:%n", constants(NonDigitRule.LIMITS));
        long digits = heldOut.stream().filter(Measured::digit).count();
        long accepted = heldOut.stream().filter(m -> m.digit() && !m.turnedAway(NonDigitRule.LIMITS)).count();
        long acceptedRight = heldOut.stream().filter(m -> m.digit() && m.readRight() && !m.turnedAway(NonDigitRule.LIMITS)).count();
        out.printf(Locale.ROOT, "  digits turned away %.2f%% of %d (%s); of those accepted, %.2f%% read right%n",
                100 * rate(heldOut, true, NonDigitRule.LIMITS), digits, byGroup(heldOut, true, m -> m.turnedAway(NonDigitRule.LIMITS)),
                100.0 * acceptedRight / Math.max(1, accepted));
        out.printf(Locale.ROOT, "  non-digits turned away %.2f%% of %d (%s)%n", 100 * rate(heldOut, false, NonDigitRule.LIMITS),
                heldOut.stream().filter(m -> !m.digit()).count(), byGroup(heldOut, false, m -> m.turnedAway(NonDigitRule.LIMITS)));
        out.printf(Locale.ROOT, "the Draw view with that rule, held-out half: no digit given (\"not a digit\", or \"I am not sure\" "
                + "below a top probability of %.0f%%)%n", 100 * NonDigitRule.SURE);
        out.printf(Locale.ROOT, "  digits %.2f%% (%s)%n", 100 * share(heldOut, true, m -> m.unsure(NonDigitRule.LIMITS)),
                byGroup(heldOut, true, m -> m.unsure(NonDigitRule.LIMITS)));
        out.printf(Locale.ROOT, "  non-digits %.2f%% (%s)%n", 100 * share(heldOut, false, m -> m.unsure(NonDigitRule.LIMITS)),
                byGroup(heldOut, false, m -> m.unsure(NonDigitRule.LIMITS)));
        List<Measured> doodles = doodles(net, n);
        out.printf(Locale.ROOT, "  %d pen doodles (letters, scribbles, shapes drawn as strokes like the drawn digits; the kind "
                + "train --outliers uses, other seeds) %.2f%% (%s)%n", doodles.size(),
                100 * share(doodles, false, m -> m.unsure(NonDigitRule.LIMITS)),
                byGroup(doodles, false, m -> m.unsure(NonDigitRule.LIMITS)));
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
        return share(ms, digits, m -> m.turnedAway(limits));
    }

    /** The share of the digits (or of the non-digits) for which {@code test} holds. */
    static double share(List<Measured> ms, boolean digits, Predicate<Measured> test) {
        long n = 0, yes = 0;
        for (Measured m : ms) {
            if (m.digit() == digits) {
                n++;
                yes += test.test(m) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) yes / n;
    }

    private static String byGroup(List<Measured> ms, boolean digits, Predicate<Measured> test) {
        Map<String, int[]> groups = new TreeMap<>();
        for (Measured m : ms) {
            if (m.digit() == digits) {
                int[] c = groups.computeIfAbsent(m.group(), g -> new int[2]);
                c[0] += test.test(m) ? 1 : 0;
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
