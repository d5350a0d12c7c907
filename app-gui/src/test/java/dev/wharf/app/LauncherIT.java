package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./wharf} launcher as a user runs it, after {@code package} has built what it runs:
 * JDK discovery, the bundled samples (the chat's WebSocket included) and plugins, signals.
 */
class LauncherIT {

    private static final Path ROOT =
            Path.of(System.getProperty("wharf.root", "..")).toAbsolutePath().normalize();
    private final HttpClient http = HttpClient.newHttpClient();

    private static ProcessBuilder wharf(String... args) {
        List<String> command =
                new ArrayList<>(List.of("bash", ROOT.resolve("wharf").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        // The build that ran this test made app-gui/target/lib; the launcher must not rebuild inside it.
        builder.environment().put("WHARF_SKIP_BUILD", "1");
        // Without the start-up cache, `wharf run` always execs java; RunStartupCacheIT runs it with one.
        builder.environment().put("WHARF_RUN_CACHE", "off");
        return builder;
    }

    private static String run(ProcessBuilder builder, int expectedExit) throws Exception {
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(expectedExit);
        return output;
    }

    @Test
    void versionNamesWharfAndItsJava() throws Exception {
        String output = run(wharf("--version"), 0);
        assertThat(output).contains("Wharf 0.").contains("running on Java");
    }

    @Test
    void helpPrintsUsage() throws Exception {
        assertThat(run(wharf("--help"), 0)).contains("Usage: wharf").contains("run");
    }

    @Test
    void noArgumentsWithoutADisplaySayHowToServeHeadless() throws Exception {
        ProcessBuilder builder = wharf();
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        String output = run(builder, 1);
        assertThat(output)
                .contains("The Wharf window needs a display")
                .contains("wharf run lifecycle-lab")
                .doesNotContain("Exception")
                .doesNotContain("WARNING");
    }

    @Test
    void wharfWindowReadsItsFlagsBeforeItLooksForADisplay() throws Exception {
        ProcessBuilder refused = wharf("window", "--workers", "many");
        String output = run(refused, 2);
        assertThat(output)
                .contains("Invalid value for --workers (from command line): 'many'")
                .contains("Usage: wharf window");

        ProcessBuilder accepted = wharf("window", "--workers", "3", "lifecycle-lab");
        accepted.environment().remove("DISPLAY");
        accepted.environment().remove("WAYLAND_DISPLAY");
        assertThat(run(accepted, 1))
                .contains("The Wharf window needs a display")
                .doesNotContain("Exception");
    }

    @Test
    void theBundledPluginsAreFoundOnTheLaunchersClassPath() throws Exception {
        List<URL> jars = new ArrayList<>();
        try (DirectoryStream<Path> lib = Files.newDirectoryStream(ROOT.resolve("app-gui/target/lib"), "*.jar")) {
            for (Path jar : lib) {
                jars.add(jar.toUri().toURL());
            }
        }
        // Only what ./wharf puts on its class path, not this test's own.
        try (URLClassLoader launcher =
                new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            @SuppressWarnings("unchecked")
            Class<Object> spi = (Class<Object>) launcher.loadClass("dev.wharf.asgi.plugin.Plugin");
            Method id = spi.getMethod("id");
            List<Object> ids = new ArrayList<>();
            for (Object plugin : ServiceLoader.load(spi, launcher)) {
                ids.add(id.invoke(plugin));
            }
            assertThat(ids).contains("gzip", "cors", "static-files", "request-inspector");
        }
    }

    @Test
    void servesTheBundledLifecycleLabAndStopsOnSigterm() throws Exception {
        Process process = wharf("run", "lifecycle-lab", "--port", "0")
                .redirectErrorStream(true)
                .start();
        RunOutput running = new RunOutput(process);
        try {
            int port = running.awaitPort();
            HttpResponse<String> state = get(port, "/state");
            assertThat(state.statusCode()).isEqualTo(200);
            assertThat(state.body()).contains("\"counter\":1");
            assertThat(get(port, "/").body()).isEqualTo("hello from ASGI");
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.toHandle().destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String output = running.awaitAll();
            assertThat(output).contains("Application startup complete.", "Application shutdown complete.");
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void servesTheBundledChatAndClosesItsWebSocketsWith1012OnSigterm() throws Exception {
        Process process =
                wharf("run", "chat", "--port", "0").redirectErrorStream(true).start();
        RunOutput running = new RunOutput(process);
        try {
            int port = running.awaitPort();
            assertThat(get(port, "/").body()).contains("<title>Wharf chat</title>");
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            WebSocket socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/chat?name=ann"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            heard.add(data.toString());
                            webSocket.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
                            heard.add("closed " + code);
                            return null;
                        }
                    })
                    .get(30, TimeUnit.SECONDS);
            // The launcher execs java, so the worker is the process itself.
            assertThat(heard.poll(10, TimeUnit.SECONDS))
                    .contains("\"type\":\"welcome\"")
                    .contains("\"pid\":" + process.pid());
            socket.sendText("hello", true).join();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).contains("\"text\":\"hello\"");
            process.toHandle().destroy();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("closed 1012");
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void tooOldJdkEverywhereGetsOneClearMessage(@TempDir Path dir) throws Exception {
        Path oldJdk = fakeJdk(dir.resolve("jdk-17"), "17.0.2");
        ProcessBuilder builder = wharf("run", "hello");
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", oldJdk.toString());
        env.put("PATH", oldJdk.resolve("bin") + ":/usr/bin:/bin");
        env.put("WHARF_JDK_DIRS", dir.resolve("no-jdks-here/*").toString());
        String output = run(builder, 1);
        assertThat(output)
                .contains("Wharf needs a JDK 21 or newer")
                .contains("JAVA_HOME=" + oldJdk + " (Java 17)")
                .contains("point JAVA_HOME at it");
    }

    @Test
    void newerJdkInTheInstallFoldersIsFoundWhenPathJavaIsTooOld(@TempDir Path dir) throws Exception {
        Path oldJdk = fakeJdk(dir.resolve("jdk-17"), "17.0.2");
        Path realJdk = Path.of(ProcessHandle.current().info().command().orElseThrow())
                .getParent()
                .getParent();
        ProcessBuilder builder = wharf("--version");
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", oldJdk.resolve("bin") + ":/usr/bin:/bin");
        builder.environment().put("WHARF_JDK_DIRS", realJdk.getParent() + "/*");
        assertThat(run(builder, 0)).contains("running on Java");
    }

    /** A folder that looks like a JDK of the given version to the launcher's discovery. */
    private static Path fakeJdk(Path home, String version) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        for (String tool : new String[] {"java", "javac"}) {
            Path script = bin.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
