package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code ./wharf run servlet-api} after {@code package}, on the target/lib the launcher runs: the
 * sample's Jersey and Jackson sit in target/lib/samples/servlet-api, off Wharf's classpath, and the
 * sample's name alone serves it (its descriptor gives the servlet interface and the JAX-RS application).
 */
class ServletApiLauncherIT {

    private static final Path ROOT =
            Path.of(System.getProperty("wharf.root", "..")).toAbsolutePath().normalize();
    private static final Path LIB = ROOT.resolve("app-gui/target/lib");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSamplesLibrariesAreBesideItsJarAndNotOnWharfsClassPath() throws IOException {
        List<String> launcherJars = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(LIB, "*.jar")) {
            jars.forEach(jar -> launcherJars.add(jar.getFileName().toString()));
        }
        assertThat(launcherJars)
                .contains("wharf-sample-servlet-api-0.1.0-SNAPSHOT.jar")
                .noneMatch(jar -> jar.startsWith("jersey-") || jar.startsWith("hk2-"))
                .noneMatch(jar -> jar.startsWith("jackson-") && jar.contains("2.19.1"));
        assertThat(LIB.resolve("samples/servlet-api/jersey-server-4.0.2.jar")).isRegularFile();
        assertThat(LIB.resolve("samples/servlet-api/jackson-databind-2.19.1.jar"))
                .isRegularFile();
    }

    @Test
    void itsNameAloneServesItOnItsOwnJacksonWithTwoWorkers() throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        ROOT.resolve("wharf").toString(),
                        "run",
                        "servlet-api",
                        "--workers",
                        "2",
                        "--port",
                        String.valueOf(port))
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        // The build that ran this test made target/lib; the launcher must not rebuild inside it.
        builder.environment().put("WHARF_SKIP_BUILD", "1");
        // No supervisor's start-up cache recorded (and assembled in the background) by a test.
        builder.environment().put("WHARF_RUN_CACHE", "off");
        Process process = builder.start();
        try {
            JsonNode worker = JSON.readTree(awaitGet(port, "/worker"));
            assertThat(worker.get("jackson").asText()).isEqualTo("2.19.1");
            assertThat(worker.get("sees_netty").asBoolean()).isFalse();
            assertThat(worker.get("context_attributes").get("pid").asLong())
                    .isEqualTo(worker.get("pid").asLong());
            try (KeptAliveConnection connection = new KeptAliveConnection(port)) {
                assertThat(connection.postJson("/notes", "{\"text\":\"hi\"}").status())
                        .isEqualTo(201);
            }
            process.toHandle().destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(output).contains("Application shutdown complete.").doesNotContain("Exception");
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static String awaitGet(int port, String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (KeptAliveConnection connection = new KeptAliveConnection(port)) {
                return connection.get(path).body();
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
