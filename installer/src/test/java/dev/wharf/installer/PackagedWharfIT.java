package dev.wharf.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged Wharf as a user runs it, from the image alone: no JDK on the PATH, no JAVA_HOME, a
 * fresh home. Runs with the installer profile, after the image is built.
 */
class PackagedWharfIT {

    private static final Path DEST =
            Path.of(System.getProperty("wharf.dest", "target/installer")).toAbsolutePath();
    private static final Pattern RUNNING_ON = Pattern.compile("Wharf running on http://127\\.0\\.0\\.1:(\\d+) ");

    @TempDir
    Path home;

    /** The window's launcher, which serves as the command too: Wharf, except on Windows, where Wharf.exe has no console. */
    private static Path launcher() {
        return switch (Platform.current().os()) {
            case LINUX -> DEST.resolve("Wharf/bin/Wharf");
            case MACOS -> DEST.resolve("Wharf.app/Contents/MacOS/Wharf");
            case WINDOWS -> cliLauncher();
        };
    }

    /** The command-line launcher, what the wharf command on the PATH is. */
    private static Path cliLauncher() {
        return switch (Platform.current().os()) {
            case LINUX -> DEST.resolve("Wharf/bin/wharf-cli");
            case MACOS -> DEST.resolve("Wharf.app/Contents/MacOS/wharf-cli");
            case WINDOWS -> DEST.resolve("Wharf/wharf-cli.exe");
        };
    }

    private static Path runtime() {
        return Platform.current().os() == Platform.Os.MACOS
                ? DEST.resolve("Wharf.app/Contents/runtime/Contents/Home")
                : DEST.resolve("Wharf/lib/runtime");
    }

    /** Nothing of this machine's Java: an empty PATH, no JAVA_HOME, a home and cache of the test's own. */
    private ProcessBuilder wharf(String... args) throws IOException {
        return launch(launcher(), args);
    }

    private ProcessBuilder launch(Path launcher, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment()
                .put("PATH", Files.createDirectories(home.resolve("empty-bin")).toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        return builder;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void versionIsPrintedFromTheImageAloneByEitherLauncher(boolean cli) throws Exception {
        Process process = launch(cli ? cliLauncher() : launcher(), "--version").start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .containsPattern("Wharf \\d+\\.\\d+")
                .contains("running on Java " + Runtime.version().feature())
                .doesNotContain("WARNING");
    }

    /** The class archive the window's launcher names, under the test's home; empty before JDK 25 and on Windows. */
    private Optional<Path> windowArchive() throws IOException {
        if (Platform.current().os() != Platform.Os.LINUX) {
            return Optional.empty();
        }
        return Files.readAllLines(DEST.resolve("Wharf/lib/app/Wharf.cfg")).stream()
                .filter(line -> line.startsWith("java-options=-XX:SharedArchiveFile=$HOME/"))
                .map(line -> home.resolve(line.substring("java-options=-XX:SharedArchiveFile=$HOME/".length())))
                .findFirst();
    }

    private static String finish(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void commandsThroughTheWindowLauncherWriteItsClassArchiveOnceAndThenMapIt() throws Exception {
        Optional<Path> archive = windowArchive();
        assumeTrue(archive.isPresent(), "the window's launcher keeps a class archive on a JDK 25 runtime on Linux");

        Process first = wharf("--version").start();
        String output = finish(first);
        assertThat(first.exitValue()).as(output).isZero();
        assertThat(archive.get()).isNotEmptyFile();
        FileTime written = Files.getLastModifiedTime(archive.get());

        Process second = wharf("--version").start();
        output = finish(second);
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("archive");
        assertThat(Files.getLastModifiedTime(archive.get())).isEqualTo(written);
    }

    @Test
    void theCommandLineLauncherNeedsNoHome() throws Exception {
        ProcessBuilder builder = launch(cliLauncher(), "--version");
        builder.environment().remove("HOME");

        Process process = builder.start();
        String output = finish(process);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("Wharf ").doesNotContain("Error");
    }

    @Test
    void withoutAHomeTheWindowLauncherSaysWhyJavaComplainsAndPointsAtTheCommandLineLauncher() throws Exception {
        assumeTrue(
                windowArchive().isPresent(),
                "the window's launcher keeps a class archive on a JDK 25 runtime on Linux");
        ProcessBuilder builder = wharf("--version");
        builder.environment().remove("HOME");

        String output = finish(builder.start());

        assertThat(output).contains("Wharf 0.").contains("is HOME set").contains("wharf-cli");
    }

    @Test
    void runServesHelloWithWorkersOnTheBundledRuntime() throws Exception {
        Process process = wharf("run", "hello", "--port", "0", "--workers", "2").start();
        Output output = pump(process);
        try {
            int port = output.awaitPort();
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("hello from ASGI");

            List<Path> workerCommands = process.toHandle()
                    .children()
                    .map(worker -> Path.of(worker.info().command().orElseThrow()))
                    .toList();
            assertThat(workerCommands).hasSize(2);
            Path bundledJava = runtime().resolve("bin/java").toRealPath();
            for (Path command : workerCommands) {
                assertThat(command.toRealPath()).isEqualTo(bundledJava);
            }

            process.toHandle().destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as(String.join("\n", output.lines()))
                    .isZero();
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void withoutADisplayTheWindowSaysHowToServeHeadless() throws Exception {
        Process process = wharf().start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output)
                .contains("needs a display")
                .contains("wharf run lifecycle-lab")
                .doesNotContain("Exception");
    }

    /** What a process prints, line by line, and the port of its startup line once both workers have started. */
    private record Output(List<String> lines, CompletableFuture<Integer> port) {

        /** The port, as soon as the process has printed it and both workers have finished their startup. */
        int awaitPort() throws InterruptedException {
            try {
                return port.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("Wharf did not start two workers; it printed:\n" + String.join("\n", lines));
            }
        }
    }

    private static Output pump(Process process) {
        Output output = new Output(new CopyOnWriteArrayList<>(), new CompletableFuture<>());
        Thread.ofPlatform().daemon().start(() -> {
            Integer running = null;
            int started = 0;
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    output.lines().add(line);
                    Matcher matcher = RUNNING_ON.matcher(line);
                    if (matcher.find()) {
                        running = Integer.parseInt(matcher.group(1));
                    }
                    if (line.contains("Application startup complete.")) {
                        started++;
                    }
                    if (running != null && started >= 2) {
                        output.port().complete(running);
                    }
                }
            } catch (IOException e) {
                // the process went away
            }
            output.port().completeExceptionally(new IllegalStateException("the output ended"));
        });
        return output;
    }
}
