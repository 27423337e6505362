package org.receptive.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An input shape and a list of layer specs, written as a short string such as
 * {@code "1x28x28: conv5x5x8p2 relu pool2 conv5x5x16p2 relu pool3 dense10"}.
 * Tokens: {@code conv{k}x{k}x{filters}[p{pad}][s{stride}][d{dilation}]}, {@code relu},
 * {@code pool{size}[s{stride}]}, {@code flatten}, {@code dense{n}}.
 */
public record Architecture(Shape input, List<LayerSpec> layers) {

    /** conv5x5x8p2 relu pool2 conv5x5x16p2 relu pool3 dense10: the reference net of the benchmark. */
    public static final String LENET_SMALL = "1x28x28: conv5x5x8p2 relu pool2 conv5x5x16p2 relu pool3 dense10";
    /** Two small layers: trains in seconds, good for a class demo. */
    public static final String TINY = "1x28x28: conv5x5x4p2 relu pool2 conv3x3x8p1 relu pool2 dense10";
    /** lenet-small with a gentler last pooling: same convolution cost, reaches 99% test accuracy sooner. */
    public static final String FAST = "1x28x28: conv5x5x8p2 relu pool2 conv5x5x16p2 relu pool2 dense10";
    /** The architecture of the default model shipped with the app. */
    public static final String DEFAULT = "1x28x28: conv5x5x16p2 relu pool2 conv5x5x32p2 relu pool2 dense128 relu dense10";
    /** The default model twice as wide, as in LeNet-5 tutorials: the benchmark's heavy net. */
    public static final String LENET5_ISH = "1x28x28: conv5x5x32p2 relu pool2 conv5x5x64p2 relu pool2 dense128 relu dense10";

    private static final Pattern CONV = Pattern.compile("conv(\\d+)x(\\d+)x(\\d+)(?:p(\\d+))?(?:s(\\d+))?(?:d(\\d+))?");
    private static final Pattern POOL = Pattern.compile("pool(\\d+)(?:s(\\d+))?");
    private static final Pattern DENSE = Pattern.compile("dense(\\d+)");
    private static final Pattern SHAPE = Pattern.compile("(\\d+)x(\\d+)x(\\d+)");

    public Architecture {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("an architecture needs at least one layer");
        }
    }

    /** An architecture by name ({@code lenet-small}, {@code tiny}, {@code fast}, {@code default}, {@code lenet5-ish}) or as a string. */
    public static Architecture named(String nameOrSpec) {
        return switch (nameOrSpec.trim().toLowerCase(Locale.ROOT)) {
            case "lenet-small" -> parse(LENET_SMALL);
            case "tiny" -> parse(TINY);
            case "fast" -> parse(FAST);
            case "default" -> parse(DEFAULT);
            case "lenet5-ish" -> parse(LENET5_ISH);
            default -> parse(nameOrSpec);
        };
    }

    /** Parses the string form; the message of a failure names the token that is wrong. */
    public static Architecture parse(String text) {
        String body = text.trim().toLowerCase(Locale.ROOT);
        Shape input = new Shape(1, 28, 28);
        int colon = body.indexOf(':');
        if (colon >= 0) {
            Matcher s = SHAPE.matcher(body.substring(0, colon).trim());
            if (!s.matches()) {
                throw new IllegalArgumentException("the input shape '" + body.substring(0, colon).trim()
                        + "' should look like 1x28x28 (channels x height x width)");
            }
            String shape = body.substring(0, colon).trim();
            input = new Shape(number(s.group(1), shape), number(s.group(2), shape), number(s.group(3), shape));
            body = body.substring(colon + 1);
        }
        List<LayerSpec> specs = new ArrayList<>();
        for (String token : body.split("[\\s,>→-]+")) {
            if (!token.isEmpty()) {
                specs.add(token(token));
            }
        }
        return new Architecture(input, specs);
    }

    private static LayerSpec token(String t) {
        Matcher m;
        if ((m = CONV.matcher(t)).matches()) {
            if (!m.group(1).equals(m.group(2))) {
                throw new IllegalArgumentException("'" + t + "': only square kernels are supported");
            }
            return new LayerSpec.Conv(number(m.group(3), t), number(m.group(1), t),
                    opt(m.group(5), 1, t), opt(m.group(4), 0, t), opt(m.group(6), 1, t));
        }
        if ((m = POOL.matcher(t)).matches()) {
            int size = number(m.group(1), t);
            return new LayerSpec.Pool(size, opt(m.group(2), size, t));
        }
        if ((m = DENSE.matcher(t)).matches()) {
            return new LayerSpec.Dense(number(m.group(1), t));
        }
        return switch (t) {
            case "relu" -> new LayerSpec.Relu();
            case "flatten" -> new LayerSpec.Flatten();
            default -> throw new IllegalArgumentException("unknown layer '" + t
                    + "' (expected convKxKxN[pP][sS][dD], relu, poolN[sS], flatten or denseN)");
        };
    }

    private static int opt(String group, int fallback, String token) {
        return group == null ? fallback : number(group, token);
    }

    /** The digits of a token as an int; a number past int's range is named, not Java's NumberFormatException. */
    private static int number(String digits, String token) {
        String plain = digits.replaceFirst("^0+(?=\\d)", "");
        if (plain.length() > 9) {
            throw new IllegalArgumentException("'" + token + "': " + digits + " is far too large");
        }
        return Integer.parseInt(plain);
    }

    /** Builds the layers in order, each from the previous one's output shape. */
    public List<Layer> build() {
        List<Layer> built = new ArrayList<>();
        Shape shape = input;
        for (int i = 0; i < layers.size(); i++) {
            try {
                Layer layer = layers.get(i).build(shape);
                built.add(layer);
                shape = layer.outputShape();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("layer " + (i + 1) + " (" + layers.get(i).token() + "): "
                        + e.getMessage(), e);
            }
        }
        return built;
    }

    /**
     * Why this architecture cannot learn from images of shape {@code data} with {@code classes}
     * classes, as one sentence, or null when it can: the input must be the images' shape, every
     * layer must fit, and the last layer must give one output per class.
     */
    public String mismatch(Shape data, int classes) {
        if (!input.equals(data)) {
            return "the images are " + data.height() + "×" + data.width()
                    + (data.channels() > 1 ? " with " + data.channels() + " channels" : "")
                    + " but the architecture reads " + input + " inputs; start it with \""
                    + data.channels() + "x" + data.height() + "x" + data.width() + ": …\"";
        }
        List<Layer> built;
        try {
            built = build();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        int outputs = built.get(built.size() - 1).outputShape().size();
        if (outputs != classes) {
            return String.format(java.util.Locale.ROOT,
                    "the last layer gives %,d outputs but there are %d classes: end the architecture with dense%d",
                    outputs, classes, classes);
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(input.channels()).append('x').append(input.height()).append('x').append(input.width()).append(':');
        for (LayerSpec s : layers) {
            b.append(' ').append(s.token());
        }
        return b.toString();
    }
}
