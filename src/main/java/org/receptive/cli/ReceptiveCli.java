package org.receptive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.receptive.engine.FileProblems;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless commands: train, evaluate, classify, bench. Whatever goes wrong ends in one line,
 * {@code error: SENTENCE}, on stderr and a non-zero exit code: 2 for a command line that cannot be
 * understood, 1 for a problem with the files or settings, never a stack trace.
 */
@Command(name = "receptive", mixinStandardHelpOptions = true, version = "Receptive 0.1",
        description = "Train, evaluate and time Receptive's convolution engine without the window.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, ClassifyCommand.class, BenchCommand.class})
public final class ReceptiveCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ReceptiveCli());
        // Java's own words ("'x' is not an int", "For input string") replaced by plain ones.
        cli.registerConverter(Integer.class, text -> wholeNumber(text));
        cli.registerConverter(Integer.TYPE, text -> wholeNumber(text));
        cli.registerConverter(Long.class, ReceptiveCli::longNumber);
        cli.registerConverter(Long.TYPE, ReceptiveCli::longNumber);
        cli.registerConverter(Double.class, ReceptiveCli::decimal);
        cli.registerConverter(Double.TYPE, ReceptiveCli::decimal);
        cli.setParameterExceptionHandler((e, line) -> {
            CommandLine.Model.CommandSpec command = e.getCommandLine().getCommandSpec();
            e.getCommandLine().getErr().println("error: " + oneLine(e.getMessage())
                    + " (see: " + command.qualifiedName() + " --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + oneLine(describe(e)));
            return 1;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // The estimates refuse what cannot fit before it is allocated; this is the last guard.
            new PrintWriter(System.err, true).println("error: the command ran out of memory; "
                    + "use a smaller network or picture, or give Java more memory (-Xmx)");
            return 1;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The sentence for an exception a command let out. */
    static String describe(Exception e) {
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof IOException io) {
            return FileProblems.plain(io);
        }
        if (e instanceof Refusal || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        // Anything else is a bug of ours: still one line, and with what Java said.
        return "an unexpected problem stopped the command (" + e + ")";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number"
                    + (text.trim().matches("-?\\d+") ? " this program can use (it is far too large)" : ""));
        }
    }

    private static long longNumber(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
        }
    }

    private static double decimal(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a number");
        }
    }
}
