package org.receptive;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the JVM again with the Vector API module when {@code java -jar receptive.jar} ran
 * without it. The engine multiplies about twice as fast with {@code jdk.incubator.vector}, but an
 * incubator module is only loaded when asked for on the command line, and a jar's manifest
 * cannot ask. {@code mvn javafx:run} and the tests get the option from the pom instead.
 *
 * <p>Relaunching costs one more JVM start (measured in docs/DEVELOPING.md), so it is done only
 * where the engine's speed matters: the app (the training studio) and the commands that train or
 * score many images. Without the module, or with {@code -Dreceptive.vector=false}, everything runs
 * on the plain-Java path, which gives the same numbers.
 */
final class VectorLaunch {

    static final String MODULE = "jdk.incubator.vector";
    /** Set on the relaunched JVM, so a failure to load the module can never loop. */
    private static final String RELAUNCHED = "receptive.relaunched";

    private VectorLaunch() {
    }

    /** True when this JVM lacks the module, the JDK has it, and {@code args} run something heavy. */
    static boolean worthRelaunching(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED) || !Boolean.parseBoolean(System.getProperty("receptive.vector", "true"))
                || ModuleLayer.boot().findModule(MODULE).isPresent()
                || ModuleFinder.ofSystem().find(MODULE).isEmpty()) {
            return false;
        }
        if (args.length == 0) {
            return true;                                  // the app: its training studio
        }
        return switch (args[0]) {
            case "train", "bench", "evaluate" -> !List.of(args).contains("--help") && !List.of(args).contains("-h");
            default -> false;                             // classify, --help, --version: done in a blink
        };
    }

    /**
     * Runs the same command in a JVM with the module, sharing this one's console, and returns its
     * exit code; empty when no JVM could be started (the caller then goes on here, without it).
     */
    static Optional<Integer> relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("--add-modules=" + MODULE);
        command.add("-D" + RELAUNCHED + "=true");
        // The app's start-up is worth an archive of its classes; the commands' is not (they run for minutes).
        Optional<AppClassArchive> archive = args.length == 0
                ? AppClassArchive.forClassPath(System.getProperty("java.class.path"), Path.of(System.getProperty("user.home")))
                : Optional.empty();
        archive.ifPresent(a -> command.addAll(a.jvmOptions()));
        if (args.length == 0) {
            command.addAll(StartupCompilation.jvmOptions());
        }
        List<String> original = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        if (original.size() >= args.length && original.subList(original.size() - args.length, original.size()).equals(List.of(args))) {
            command.addAll(original);                     // JVM options, -jar or -cp, the class, the arguments as typed
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Main.class.getName());
            command.addAll(List.of(args));
        }
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {            // Ctrl+C ends both
                child.destroy();
                try {
                    if (archive.isPresent() && child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        archive.get().finish(child.exitValue());   // the app writes its archive as it ends
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            int code = child.waitFor();
            archive.ifPresent(a -> a.finish(code));
            return Optional.of(code);
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
