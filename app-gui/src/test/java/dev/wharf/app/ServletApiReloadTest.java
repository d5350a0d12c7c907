package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.LoggingOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.control.LifespanPhase;
import dev.wharf.importer.AppInterface;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.process.Supervisors;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JAX-RS project of the user's own (the servlet-api sample's sources, built as Maven builds them) served
 * the way the README shows: Jersey's {@code ServletContainer} with {@code --servlet-init-param}, the
 * project's classes and its libraries in {@code --app-dir}, {@code --reload}. An edited resource is
 * compiled by Wharf against the app's libraries and served by the next generation, with no request failed.
 */
class ServletApiReloadTest {

    private static final Path SAMPLE = Path.of("../samples/servlet-api");
    private static final Path LIBRARIES = SAMPLE.resolve("target/samples/servlet-api");
    private static final Path RESOURCE = Path.of("dev/wharf/samples/servletapi/GreetingResource.java");

    @TempDir
    Path project;

    private Path build() throws IOException {
        Path sources = project.resolve("src/main/java");
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", compileClassPath()));
        try (Stream<Path> files = Files.walk(SAMPLE.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path copy = sources.resolve(
                        SAMPLE.resolve("src/main/java").relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                args.add(copy.toString());
            }
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .as("the project compiles")
                .isZero();
        return classes;
    }

    private static String compileClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(LIBRARIES)) {
            jars.filter(j -> j.toString().endsWith(".jar")).forEach(j -> entries.add(j.toString()));
        }
        entries.add(Path.of(jakarta.servlet.Servlet.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString());
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void anEditedResourceIsCompiledAndServedWithNoRequestFailed() throws Exception {
        Path classes = build();
        Settings settings = Settings.defaults()
                .with(AppOptions.APP, "org.glassfish.jersey.servlet.ServletContainer")
                .with(
                        AppOptions.APP_DIR,
                        List.of(
                                classes.toString(),
                                LIBRARIES.toAbsolutePath().resolve("*").toString()))
                .with(AppOptions.INTERFACE, AppInterface.SERVLET)
                .with(
                        AppOptions.SERVLET_INIT_PARAMS,
                        List.of("jakarta.ws.rs.Application=dev.wharf.samples.servletapi.ServletApi"))
                .with(ReloadOptions.RELOAD, true)
                .with(ReloadOptions.RELOAD_DELAY, Duration.ofMillis(100))
                .with(ServerOptions.PORT, 0)
                .with(LoggingOptions.ACCESS_LOG, false);
        try (Supervisor supervisor = Supervisors.create(settings)) {
            supervisor.start();
            await().atMost(Duration.ofSeconds(90))
                    .until(() ->
                            supervisor.snapshot().workers().stream().anyMatch(w -> w.phase() == LifespanPhase.STARTED));
            String address = supervisor.snapshot().address();
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            assertThat(greeting(port)).contains("Hello, ada!");

            Steady steady = new Steady(port);
            try {
                Path source = project.resolve("src/main/java").resolve(RESOURCE);
                Files.writeString(
                        source, Files.readString(source).replace("\"Hello, \"", "\"Howdy, \""), StandardCharsets.UTF_8);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> greeting(port).contains("Howdy, ada!"));
            } finally {
                steady.stop();
            }
            assertThat(steady.failures)
                    .as("requests that failed across the reload")
                    .isEmpty();
            assertThat(steady.ok.get()).isPositive();
            supervisor.stop().get(60, TimeUnit.SECONDS);
        }
    }

    private static String greeting(int port) throws IOException {
        try (KeptAliveConnection connection = new KeptAliveConnection(port)) {
            return connection.get("/greetings/ada").body();
        }
    }

    /** A client asking every few milliseconds on a new connection while the reload runs, counting failures. */
    private static final class Steady {
        final AtomicInteger ok = new AtomicInteger();
        final List<String> failures = new CopyOnWriteArrayList<>();
        private volatile boolean running = true;
        private final Thread thread;

        Steady(int port) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    try (KeptAliveConnection connection = new KeptAliveConnection(port)) {
                        int status = connection.get("/greetings/steady").status();
                        if (status == 200) {
                            ok.incrementAndGet();
                        } else {
                            failures.add("status " + status);
                        }
                    } catch (ConnectException e) {
                        failures.add("refused: " + e.getMessage());
                    } catch (IOException | RuntimeException e) {
                        failures.add(e.toString());
                    }
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }
}
