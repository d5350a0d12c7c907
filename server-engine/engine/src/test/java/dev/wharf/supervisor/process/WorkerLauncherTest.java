package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.worker.WorkerMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class WorkerLauncherTest {

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aPackagedWharfStartsItsWorkersOnItsBundledRuntimesJavaNotOnItsOwnLauncher(@TempDir Path image)
            throws IOException {
        // The layout jpackage makes: bin/Wharf is the app's launcher, lib/runtime the bundled runtime.
        Path runtime = image.resolve("lib/runtime");
        Path java = executable(runtime.resolve("bin/java"));
        Path appLauncher = executable(image.resolve("bin/Wharf"));

        String chosen = WorkerLauncher.javaOfRuntime(runtime, Optional.of(appLauncher.toString()));

        assertThat(chosen).isEqualTo(java.toString());
    }

    @Test
    void aRuntimeWithoutBinJavaFallsBackToTheProcessesOwnCommand(@TempDir Path runtime) {
        String chosen = WorkerLauncher.javaOfRuntime(runtime, Optional.of("/somewhere/bin/java"));

        assertThat(chosen).isEqualTo("/somewhere/bin/java");
    }

    @Test
    void workersOfThisProcessRunOnTheJavaOfTheRuntimeThatRunsIt() throws IOException {
        List<String> command = WorkerLauncher.likeThisProcess().command(List.of(), List.of("-Xmx64m"));

        Path java = Path.of(command.getFirst());
        Path runningJava = Path.of(ProcessHandle.current().info().command().orElseThrow());
        assertThat(java.toRealPath()).isEqualTo(runningJava.toRealPath());
        assertThat(java.startsWith(Path.of(System.getProperty("java.home")))).isTrue();
        assertThat(command).endsWith(WorkerMain.class.getName());
        assertThat(command.indexOf("-Xmx64m")).isLessThan(command.indexOf("-cp"));
    }

    private static Path executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
