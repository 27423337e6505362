package org.receptive.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of valid files, from a seeded generator: bit flips, bytes set to extremes,
 * truncations, insertions and deletions, size fields set to extreme values, and for text,
 * line-ending changes, numbers set to extremes and lines dropped or repeated.
 */
final class Mutator {

    /** Extreme values a size field is set to. */
    static final long[] EXTREMES = {0, 1, -1, 2, 7, 255, 256, 0x7fff, 0x8000, 0xffff, 0x10000, 65536L * 65536 - 1,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 8, 1 << 30, 40_000, 1_000_000};

    private final SplittableRandom random;

    Mutator(SplittableRandom random) {
        this.random = random;
    }

    SplittableRandom random() {
        return random;
    }

    /** One to three byte-level mutations; {@code fields} are (offset, width, big-endian?) of size fields. */
    byte[] bytes(byte[] original, int[][] fields) {
        byte[] b = original.clone();
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n && b.length > 0; k++) {
            switch (random.nextInt(7)) {
                case 0 -> {
                    for (int f = 1 + random.nextInt(8); f > 0; f--) {
                        int bit = random.nextInt(b.length * 8);
                        b[bit / 8] ^= (byte) (1 << (bit % 8));
                    }
                }
                case 1 -> {
                    int[] values = {0, 0xff, 0x7f, 0x80, random.nextInt(256)};
                    for (int f = 1 + random.nextInt(4); f > 0; f--) {
                        b[random.nextInt(b.length)] = (byte) values[random.nextInt(values.length)];
                    }
                }
                case 2 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
                case 3 -> {
                    int at = random.nextInt(b.length + 1), len = 1 + random.nextInt(64);
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at);
                    for (int i = 0; i < len; i++) {
                        out[at + i] = (byte) random.nextInt(256);
                    }
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                case 4 -> {
                    int at = random.nextInt(b.length), len = Math.min(b.length - at, 1 + random.nextInt(64));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                default -> {
                    if (fields.length > 0) {
                        int[] f = fields[random.nextInt(fields.length)];
                        setField(b, f[0], f[1], f[2] == 1, EXTREMES[random.nextInt(EXTREMES.length)]);
                    }
                }
            }
        }
        return b;
    }

    /** Writes {@code value} into a field of {@code width} bytes at {@code at}, when it fits in the file. */
    static void setField(byte[] b, int at, int width, boolean bigEndian, long value) {
        if (at < 0 || at + width > b.length) {
            return;
        }
        for (int i = 0; i < width; i++) {
            int shift = 8 * (bigEndian ? width - 1 - i : i);
            b[at + i] = (byte) (value >>> shift);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static final String[] NUMBERS = {"0", "-1", "-4", "2147483648", "99999", "100000", "NaN", "Infinity", "1e40", "", "3.5"};
    private static final String[] TOKENS = {"```", "```widget cortex", "```exercise output-size", ">[action]", ">[solution]",
        "# ", "## ", "[", "]", "(", "*", "_", "`", ">", "- ", ":", ";", "\t", "\u0000", "\uFFFF", "é", "kernel:", "input:"};

    /** One to three text-level mutations of a lesson. */
    String text(String original) {
        String t = original;
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            switch (random.nextInt(7)) {
                case 0 -> t = switch (random.nextInt(3)) {
                    case 0 -> t.replace("\n", "\r");
                    case 1 -> t.replace("\n", "\r\n");
                    default -> t.replace("\n\n", "\r\n\r");
                };
                case 1 -> {
                    Matcher m = NUMBER.matcher(t);
                    StringBuilder b = new StringBuilder();
                    while (m.find()) {
                        m.appendReplacement(b, random.nextInt(4) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : m.group());
                    }
                    m.appendTail(b);
                    t = b.toString();
                }
                case 2 -> {
                    String[] lines = t.split("\n", -1);
                    StringBuilder b = new StringBuilder();
                    for (String line : lines) {
                        int r = random.nextInt(12);
                        if (r != 0) {
                            b.append(line).append('\n');
                        }
                        if (r == 1) {
                            b.append(line).append('\n');
                        }
                    }
                    t = b.toString();
                }
                case 3 -> t = t.substring(0, random.nextInt(t.length() + 1));
                case 4 -> {
                    int at = random.nextInt(t.length() + 1);
                    t = t.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + t.substring(at);
                }
                case 5 -> {
                    StringBuilder b = new StringBuilder(t);
                    for (int f = 1 + random.nextInt(6); f > 0 && b.length() > 0; f--) {
                        b.setCharAt(random.nextInt(b.length()), (char) (random.nextBoolean() ? 32 + random.nextInt(95)
                                : random.nextInt(0x3000)));
                    }
                    t = b.toString();
                }
                default -> {
                    byte[] raw = bytes(t.getBytes(StandardCharsets.UTF_8), new int[0][]);
                    t = new String(raw, StandardCharsets.UTF_8);
                }
            }
        }
        return t;
    }
}
