package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.worker.WorkerMain;
import dev.wharf.worker.hotswap.AgentJar;
import dev.wharf.worker.hotswap.WharfAgent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
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

    @Test
    void everyWorkerJvmRunsTheWharfAgentWhichMayRedefineClasses(@TempDir Path cache) throws Exception {
        WorkerLauncher launcher = new WorkerLauncher(
                WorkerLauncher.likeThisProcess().command(List.of(), List.of()).getFirst(),
                System.getProperty("java.class.path"),
                cache);
        List<String> command = new ArrayList<>(launcher.command(List.of(), List.of()));
        // The worker's own JVM, flags and classpath, with a main that says whether the agent is there.
        command.set(command.size() - 1, AgentProbe.class.getName());

        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(probe.waitFor()).as(output).isZero();
        assertThat(output).contains("agent installed: true");
        Manifest manifest;
        try (JarFile jar = new JarFile(cache.resolve(AgentJar.FILE_NAME).toFile())) {
            manifest = jar.getManifest();
        }
        assertThat(manifest.getMainAttributes().getValue("Premain-Class")).isEqualTo(WharfAgent.class.getName());
        assertThat(manifest.getMainAttributes().getValue("Can-Redefine-Classes"))
                .isEqualTo("true");
    }

    @Test
    void workersThatServeTlsRecordAndUseAStartUpCacheOfTheirOwn(@TempDir Path folder) throws IOException {
        // A class path of jars, as an installed or built Wharf runs from: a class folder gets no cache.
        Path jar = Files.write(folder.resolve("wharf.jar"), new byte[] {0x50, 0x4b, 0x05, 0x06});
        Path cache = Files.createDirectories(folder.resolve("cache"));
        WorkerLauncher launcher = new WorkerLauncher(
                WorkerLauncher.likeThisProcess().command(List.of(), List.of()).getFirst(), jar.toString(), cache);

        List<String> plain = launcher.startupCache(false).flagsForNextRun();
        List<String> tls = launcher.startupCache(true).flagsForNextRun();

        // Each is the first run of its cache, so each records, and into a file of its own.
        assertThat(cacheFile(plain)).contains("worker-").doesNotContain("worker-tls-");
        assertThat(cacheFile(tls)).contains("worker-tls-");
        assertThat(Path.of(cacheFile(tls)).getParent())
                .isEqualTo(Path.of(cacheFile(plain)).getParent());
    }

    /** The file a run's cache flags name: the recording, the AOT cache or the archive. */
    private static String cacheFile(List<String> flags) {
        return flags.stream()
                .filter(flag -> flag.startsWith("-XX:AOTConfiguration=")
                        || flag.startsWith("-XX:SharedArchiveFile=")
                        || flag.startsWith("-XX:ArchiveClassesAtExit="))
                .map(flag -> flag.substring(flag.indexOf('=') + 1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cache file in " + flags));
    }

    /** The main of {@link #everyWorkerJvmRunsTheWharfAgentWhichMayRedefineClasses}'s JVM. */
    public static final class AgentProbe {
        public static void main(String[] args) {
            System.out.println("agent installed: " + WharfAgent.installed());
        }
    }

    private static Path executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
