package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record, assemble and install steps on this JDK, with real JVMs. */
class AotAssemblyTest {

    @TempDir
    Path folder;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatTheTestStarted() {
        for (Process process : started) {
            process.destroyForcibly();
        }
        ProcessHandle.current()
                .descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(folder.toString()))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private Launch launch() throws Exception {
        Path jar = folder.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream empty = new JarOutputStream(out, new Manifest())) {
            empty.flush();
        }
        return new Launch(Launch.javaOfThisRuntime(), List.of("-XX:+UseSerialGC"), jar.toString());
    }

    /** A run of {@code launch} with {@code flags}, as a worker or a window would be: it records and exits. */
    private void run(Launch launch, List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(launch.java()));
        command.addAll(launch.options());
        command.addAll(flags);
        command.addAll(List.of("-cp", launch.classPath(), "-version"));
        Process run = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        started.add(run);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theFirstRunsRecordingBecomesTheCacheOfTheRunsAfterWhileTheProgramThatRecordedGoesOn() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs JDK 25");
        Launch launch = launch();
        StartupCache cache = StartupCache.of("worker", launch, folder.resolve("cache"), 25);

        List<String> recording = cache.flagsForNextRun();
        assertThat(recording).contains("-XX:AOTMode=record");
        run(launch, recording);
        cache.runExited(recording);

        Path aot = Path.of(recording.stream()
                .filter(flag -> flag.startsWith("-XX:AOTConfiguration="))
                .findFirst()
                .orElseThrow()
                .replaceFirst("^-XX:AOTConfiguration=(.*)\\.aotconf$", "$1.aot"));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.isRegularFile(aot) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(aot).isNotEmptyFile();
        assertThat(cache.flagsForNextRun()).contains("-XX:AOTCache=" + aot);
        while (Files.exists(Path.of(aot.toString().replace(".aot", ".lock"))) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        try (var files = Files.list(aot.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactly(aot.getFileName().toString());
        }
    }

    @Test
    void aRecordingTheJvmCannotAssembleLeavesNoCacheAndFreesTheLockForTheNextRun() throws Exception {
        Launch launch = launch();
        Path recording = Files.writeString(folder.resolve("worker-x.aotconf"), "not a recording");
        new CacheLock(folder.resolve("worker-x.lock"))
                .take(ProcessHandle.current().pid());

        assertThat(AotAssembly.assemble(launch, recording)).isFalse();

        assertThat(folder.resolve("worker-x.aot")).doesNotExist();
        assertThat(recording).doesNotExist();
        assertThat(folder.resolve("worker-x.lock")).doesNotExist();
    }
}
