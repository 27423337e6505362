package org.receptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartupCompilationTest {

    /** HotSpot reports a mistyped -XX:CompileCommand on the console and starts anyway, so only its output tells. */
    @Test
    void theJvmTakesEveryOptionWithoutAWord() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(StartupCompilation.jvmOptions());
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jvm.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, jvm.exitValue(), said);
        assertFalse(said.contains("CompileCommand") || said.contains("Error") || said.contains("Unrecognized"), said);
    }

    @Test
    void thePackagesKeptQuickExistUnderTheirNames() {
        Set<String> ours = Main.class.getModule().isNamed() ? Main.class.getModule().getPackages() : Set.of(Main.class.getPackageName());
        assertTrue(ours.contains(StartupCompilation.OUR_PACKAGES.get(0)), ours.toString());
        Set<String> vector = ModuleFinder.ofSystem().find("jdk.incubator.vector").map(ModuleReference::descriptor)
                .orElseThrow().packages();
        assertTrue(vector.contains(StartupCompilation.OUR_PACKAGES.get(1)), vector.toString());
        // the Vector API's intrinsics live in java.base; a JDK that moved them would leave them at the slow thresholds
        assertTrue(Object.class.getModule().getDescriptor().packages().contains(StartupCompilation.OUR_PACKAGES.get(2)));
    }
}
