package dev.wharf.plugins.livereload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.testing.AppProject;
import dev.wharf.testing.SupervisedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test, in a real browser: an app served by two workers with {@code --reload} and the
 * live-reload plugin is open in headless Chromium; a method-body edit is hot-swapped and the browser
 * asks for the page again and shows the new content, then an added field rolls a new generation and
 * the browser, reconnected to it, does the same. The app writes every request it gets to a file, so
 * the test sees what the browser asked for and which version of the page it rendered (each version
 * loads an image named after it). Chromium comes from {@code scripts/install-tools.sh browser}.
 */
class LiveReloadInChromiumTest {

    private static final String MAIN = """
            package liveapp;

            import dev.wharf.asgi.*;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.*;
            import java.util.List;

            public final class Main {
                private static final Path REQUESTS = Path.of("%s");

                public static final App app = (scope, receive, send) -> {
                    if (!(scope instanceof HttpScope http)) {
                        return;
                    }
                    receive.receive();
                    String query = new String(http.queryString(), StandardCharsets.US_ASCII);
                    Files.writeString(REQUESTS, http.method() + " " + http.path() + (query.isEmpty() ? "" : "?" + query) + "\\n",
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    if (!http.path().equals("/")) {
                        send.send(new HttpResponseStart(204, List.of()));
                        send.send(new HttpResponseBody(new byte[0], false));
                        return;
                    }
                    send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/html; charset=utf-8"))));
                    send.send(new HttpResponseBody(Bytes.bytes(new Page().html()), false));
                };
            }
            """;

    private static final String PAGE = """
            package liveapp;

            public final class Page {
                public String html() {
                    return "<!doctype html><html><body><h1>v1</h1><img src='/seen?v1'></body></html>";
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void theBrowserReloadsThePageAfterAHotSwapAndAfterANewGeneration() throws Exception {
        Path requests = folder.resolve("requests.log");
        AppProject project = AppProject.of(
                folder.resolve("app"),
                Map.of(
                        "liveapp/Main.java",
                        MAIN.formatted(requests.toString().replace("\\", "\\\\")),
                        "liveapp/Page.java",
                        PAGE));
        try (SupervisedServer server = SupervisedServer.start(
                                2,
                                b -> b.set(AppOptions.APP, "liveapp.Main:app")
                                        .set(
                                                AppOptions.APP_DIR,
                                                List.of(project.classes().toString()))
                                        .set(AppOptions.LIFESPAN, LifespanMode.OFF)
                                        .set(PluginOptions.PLUGINS, List.of("live-reload"))
                                        .set(ReloadOptions.RELOAD, true)
                                        .set(ReloadOptions.RELOAD_DELAY, Duration.ofMillis(100)))
                        .awaitStarted(2);
                Browser browser = Browser.open("http://127.0.0.1:" + server.port() + "/", folder.resolve("chromium"))) {
            awaitRequest(requests, "GET /seen?v1", browser);
            long pagesBefore = count(requests, "GET /");

            project.write("liveapp/Page.java", PAGE.replace("v1", "v2"));

            awaitRequest(requests, "GET /seen?v2", browser);
            assertThat(count(requests, "GET /")).isGreaterThan(pagesBefore);
            assertThat(server.events(SupervisorEvent.Reloaded.class)
                            .get(0)
                            .report()
                            .decision()
                            .kind())
                    .isEqualTo(ReloadDecision.Kind.SWAPPED);
            long pagesAfterSwap = count(requests, "GET /");

            project.write(
                    "liveapp/Page.java",
                    PAGE.replace(
                                    "public String html() {",
                                    "private final String version = \"v3\";\n\n    public String html() {")
                            .replace(
                                    "v1</h1><img src='/seen?v1'>",
                                    "\" + version + \"</h1><img src='/seen?\" + version + \"'>"));

            awaitRequest(requests, "GET /seen?v3", browser);
            assertThat(count(requests, "GET /")).isGreaterThan(pagesAfterSwap);
            assertThat(server.events(SupervisorEvent.Reloaded.class))
                    .extracting(e -> e.report().decision().kind())
                    .containsExactly(ReloadDecision.Kind.SWAPPED, ReloadDecision.Kind.ROLLED);
        }
    }

    private static void awaitRequest(Path requests, String request, Browser browser) {
        await().atMost(Duration.ofSeconds(60))
                .failFast("Chromium exited: " + browser.output(), () -> !browser.process.isAlive())
                .until(() -> lines(requests).contains(request));
    }

    private static long count(Path requests, String request) throws IOException {
        return lines(requests).stream().filter(request::equals).count();
    }

    private static List<String> lines(Path requests) throws IOException {
        return Files.exists(requests) ? Files.readAllLines(requests) : List.of();
    }

    /** Headless Chromium on one page, with a profile of its own; closing it ends it and every process it started. */
    private record Browser(Process process, Path log) implements AutoCloseable {

        static Browser open(String url, Path profile) throws IOException {
            Files.createDirectories(profile);
            List<String> command = new ArrayList<>(List.of(
                    chromium(),
                    "--headless=new",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-extensions",
                    "--user-data-dir=" + profile,
                    "--remote-debugging-port=0"));
            if ("root".equals(System.getProperty("user.name"))) {
                command.add("--no-sandbox"); // Chromium refuses to run as root with its sandbox
            }
            command.add(url);
            Path log = profile.resolveSibling("chromium.log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new Browser(process, log);
        }

        private static String chromium() {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                    if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                        return Path.of(dir, name).toString();
                    }
                }
            }
            throw new AssertionError(
                    "this test needs Chromium on the PATH: scripts/install-tools.sh browser installs it");
        }

        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return e.toString();
            }
        }

        @Override
        public void close() throws InterruptedException {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
