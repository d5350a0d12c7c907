package dev.wharf.samples.dbpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.config.Config;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.DatabaseOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.control.DbPoolStats;
import dev.wharf.control.LifespanPhase;
import dev.wharf.metrics.MetricsServer;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.WorkerInfo;
import dev.wharf.supervisor.process.Supervisors;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample on two real worker processes against a real database: H2's TCP server on a free
 * loopback port, which the workers' HikariCP pools reach over TCP. Each worker's live pool numbers
 * reach the supervisor's snapshot (what the window's workers panel shows) and the metrics endpoint,
 * and the database itself counts workers × pool size connections.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DbPoolSampleTest {

    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final int POOL_SIZE = 3;
    private static final int WORKERS = 2;

    @TempDir
    static Path folder;

    private static Server database;
    private static String url;
    private static Supervisor supervisor;
    private static MetricsServer metrics;
    private static int port;
    private static final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startTheDatabaseAndTwoWorkers() throws Exception {
        int databasePort = freePort();
        database = Server.createTcpServer("-tcpPort", Integer.toString(databasePort), "-ifNotExists")
                .start();
        url = "jdbc:h2:tcp://127.0.0.1:" + databasePort + "/mem:db-pool-test;DB_CLOSE_DELAY=-1";
        Path env = Files.writeString(folder.resolve("db.env"), "DB_URL=" + url + "\nDB_POOL_SIZE=" + POOL_SIZE + "\n");
        supervisor = Supervisors.create(Config.builder("dev.wharf.samples.dbpool.DbPool:app")
                .port(0)
                .accessLog(false)
                .set(WorkerOptions.WORKERS, WORKERS)
                .set(AppOptions.ENV_FILE, env)
                .set(DatabaseOptions.DB_POOL_SIZE, POOL_SIZE)
                .set(DatabaseOptions.DB_CONNECTION_BUDGET, 20)
                .build()
                .settings());
        supervisor.start();
        await().atMost(STARTUP).until(() -> started().size() == WORKERS);
        String address = supervisor.snapshot().address();
        port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        metrics = MetricsServer.start(supervisor, "127.0.0.1", 0);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (metrics != null) {
                metrics.close();
            }
            if (supervisor != null) {
                supervisor.stop().get(60, TimeUnit.SECONDS);
                supervisor.close();
            }
        } finally {
            if (database != null) {
                database.stop();
            }
        }
    }

    @Test
    @Order(1)
    void eachWorkerReportsItsOwnPoolFoundThroughHikarisMXBean() {
        await().atMost(STARTUP).untilAsserted(() -> {
            List<WorkerInfo> workers = started();
            assertThat(workers).hasSize(WORKERS);
            for (WorkerInfo worker : workers) {
                assertThat(worker.stats().dbPools())
                        .as("worker %d's pools", worker.id())
                        .singleElement()
                        .satisfies(pool -> {
                            assertThat(pool.name()).isEqualTo("db-pool");
                            assertThat(pool.max()).isEqualTo(POOL_SIZE);
                            // Hikari keeps minimumIdle (= maximumPoolSize by default) connections open.
                            assertThat(pool.total()).isEqualTo(POOL_SIZE);
                            assertThat(pool.idle() + pool.active()).isEqualTo(pool.total());
                        });
            }
        });
    }

    @Test
    @Order(2)
    void theDatabaseCountsWorkersTimesPoolSizeConnections() throws Exception {
        await().atMost(STARTUP).untilAsserted(() -> assertThat(workerSessions()).isEqualTo(WORKERS * POOL_SIZE));
    }

    @Test
    @Order(3)
    void notesWrittenThroughOneWorkerAreReadThroughEvery() throws Exception {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(uri("/notes"))
                        .POST(HttpRequest.BodyPublishers.ofString("pools are per worker"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            assertThat(get("/notes").body()).contains("pools are per worker");
        }
    }

    @Test
    @Order(4)
    void connectionsHeldPastThePoolsSizeShowAsActiveAndWaitingInTelemetryAndMetrics() throws Exception {
        // One request borrows two connections more than its worker's pool has: three in use, two waiting
        // (for 4 s, within Hikari's 5 s connection timeout).
        CompletableFuture<HttpResponse<String>> hold = http.sendAsync(
                HttpRequest.newBuilder(uri("/hold?ms=4000&n=" + (POOL_SIZE + 2)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        await().atMost(Duration.ofMillis(3500))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    assertThat(started().stream().flatMap(w -> w.stats().dbPools().stream()))
                            .contains(new DbPoolStats("db-pool", POOL_SIZE, 0, POOL_SIZE, POOL_SIZE, 2));
                    PrometheusText scrape = PrometheusText.parse(scrape());
                    assertThat(scrape.named("wharf_db_pool_waiting"))
                            .extracting(PrometheusText.Sample::value)
                            .containsExactlyInAnyOrder(0.0, 2.0);
                    assertThat(scrape.sum("wharf_db_pool_active")).isEqualTo(POOL_SIZE);
                });
        PrometheusText scrape = PrometheusText.parse(scrape());
        assertThat(scrape.named("wharf_db_pool_max")).hasSize(WORKERS).allSatisfy(sample -> {
            assertThat(sample.value()).isEqualTo(POOL_SIZE);
            assertThat(sample.labels()).containsKeys("worker", "generation").containsEntry("pool", "db-pool");
        });
        assertThat(scrape.named("wharf_db_pool_total")).hasSize(WORKERS);
        assertThat(scrape.named("wharf_db_pool_idle")).hasSize(WORKERS);

        HttpResponse<String> held = hold.get(30, TimeUnit.SECONDS);
        assertThat(held.statusCode()).isEqualTo(200);
        assertThat(held.body()).startsWith("held " + (POOL_SIZE + 2) + " connections of worker ");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(started().stream()
                                .flatMap(w -> w.stats().dbPools().stream())
                                .mapToInt(pool -> pool.active() + pool.waiting())
                                .sum())
                        .isZero());
    }

    @Test
    @Order(5)
    void stoppedWorkersGiveTheirConnectionsBack() throws Exception {
        supervisor.stop().get(60, TimeUnit.SECONDS);
        assertThat(supervisor.snapshot().workers())
                .allSatisfy(w -> assertThat(w.phase()).isEqualTo(LifespanPhase.STOPPED));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(workerSessions()).isZero());
    }

    /** The database's sessions other than this test's own. */
    private static int workerSessions() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            count.next();
            return count.getInt(1) - 1;
        }
    }

    private static List<WorkerInfo> started() {
        return supervisor.snapshot().workers().stream()
                .filter(w -> w.phase() == LifespanPhase.STARTED)
                .toList();
    }

    private static URI uri(String target) {
        return URI.create("http://127.0.0.1:" + port + target);
    }

    private static HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(target)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metrics.port() + "/metrics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
