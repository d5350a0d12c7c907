package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
        // An assembly outlives the process that started it, so it is found by its files' folder.
        ProcessHandle.allProcesses()
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

    /**
     * A supervisor in a process of its own: it has one worker record (a JVM of {@code launch} with the
     * cache's flags), hears that the worker exited, and exits at once, as a supervisor stopping
     * with its workers does. Arguments: the jar, the cache folder.
     */
    static final class SupervisorThatStopsAtOnce {
        public static void main(String[] args) throws Exception {
            Launch launch = new Launch(Launch.javaOfThisRuntime(), List.of("-XX:+UseSerialGC"), args[0]);
            StartupCache cache = StartupCache.of("worker", launch, Path.of(args[1]), 25);
            List<String> flags = cache.flagsForNextRun();
            List<String> command = new ArrayList<>(List.of(launch.java()));
            command.addAll(launch.options());
            command.addAll(flags);
            command.addAll(List.of("-cp", launch.classPath(), "-version"));
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
            cache.runExited(flags);
            System.out.println(String.join(" ", flags));
        }
    }

    @Test
    void theCacheAWorkerRecordedIsAssembledAndPutInPlaceAfterItsSupervisorHasExited() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs JDK 25");
        Launch launch = launch();
        Process supervisor = new ProcessBuilder(
                        Launch.javaOfThisRuntime(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SupervisorThatStopsAtOnce.class.getName(),
                        launch.classPath(),
                        folder.resolve("cache").toString())
                .redirectErrorStream(true)
                .start();
        started.add(supervisor);
        String flags = new String(supervisor.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(supervisor.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(flags).contains("-XX:AOTMode=record");

        Path aot = Path.of(flags.replaceFirst("(?s).*-XX:AOTConfiguration=(\\S*)\\.aotconf.*", "$1.aot"));
        Path lock = Path.of(aot.toString().replace(".aot", ".lock"));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while ((!Files.isRegularFile(aot) || Files.exists(lock)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(aot).isNotEmptyFile();
        assertThat(StartupCache.of("worker", launch, folder.resolve("cache"), 25)
                        .flagsForNextRun())
                .contains("-XX:AOTCache=" + aot);
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
