package org.receptive.lesson;

/** A lesson file that cannot be used; the message names the file, the line and the problem. */
public final class LessonFormatException extends Exception {

    private final int line;

    public LessonFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.line = line;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
