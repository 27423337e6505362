package org.receptive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands: train, evaluate, classify, bench. */
@Command(name = "receptive", mixinStandardHelpOptions = true, version = "Receptive 0.1",
        description = "Train, evaluate and time Receptive's convolution engine without the window.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, ClassifyCommand.class, BenchCommand.class})
public final class ReceptiveCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ReceptiveCli());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
