package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.LoggingOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.profiles.ProfileStore;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.WorkerInfo;
import dev.wharf.supervisor.process.Supervisors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled servlet-api sample (Jersey 4 with its own Jackson, through the servlet adapter) on two
 * real worker processes, started from the profile a first start of the window offers for it, over
 * Wharf's own classpath (this module's, on which Jersey is not): JSON both ways, and each worker's
 * own context attributes (its app.state) and sessions, as the window shows them.
 */
class ServletApiSampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP = Duration.ofSeconds(90);

    @TempDir
    static Path profiles;

    static Supervisor supervisor;
    static int port;

    private final List<KeptAliveConnection> connections = new ArrayList<>();

    @BeforeAll
    static void startFromTheSeededProfile() throws Exception {
        List<BundledSample> samples = BundledSample.on(ServletApiSampleTest.class.getClassLoader());
        Profile profile = new ProfileStore(profiles)
                .seed(samples).stream()
                        .filter(p -> p.name().equals("servlet-api"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no profile offered for servlet-api in " + samples));
        Settings settings = profile.document()
                .settings()
                .with(ServerOptions.PORT, 0)
                .with(WorkerOptions.WORKERS, 2)
                .with(LoggingOptions.ACCESS_LOG, false);
        supervisor = Supervisors.create(settings);
        supervisor.start();
        await().atMost(STARTUP).until(() -> started().size() == 2);
        String address = supervisor.snapshot().address();
        port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    @AfterAll
    static void stop() throws Exception {
        if (supervisor != null) {
            supervisor.stop().get(60, TimeUnit.SECONDS);
            supervisor.close();
        }
    }

    @AfterEach
    void closeConnections() throws Exception {
        for (KeptAliveConnection connection : connections) {
            connection.close();
        }
    }

    private static List<WorkerInfo> started() {
        return supervisor.snapshot().workers().stream()
                .filter(w -> w.phase() == LifespanPhase.STARTED)
                .toList();
    }

    private static WorkerInfo worker(long pid) {
        return supervisor.snapshot().workers().stream()
                .filter(w -> w.pid() == pid)
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode json(KeptAliveConnection.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** A connection to each of the two workers: connections stay with the worker that accepted them. */
    private KeptAliveConnection[] oneConnectionPerWorker() throws Exception {
        KeptAliveConnection first = open();
        long firstPid = json(first.get("/worker")).get("pid").asLong();
        for (int attempt = 0; attempt < 100; attempt++) {
            KeptAliveConnection other = open();
            if (json(other.get("/worker")).get("pid").asLong() != firstPid) {
                return new KeptAliveConnection[] {first, other};
            }
        }
        throw new AssertionError("100 connections all went to worker " + firstPid);
    }

    private KeptAliveConnection open() throws Exception {
        KeptAliveConnection connection = new KeptAliveConnection(port);
        connections.add(connection);
        return connection;
    }

    @Test
    void jsonGoesInAndOutThroughTheAppsOwnJacksonNotWharfs() throws Exception {
        KeptAliveConnection connection = open();
        KeptAliveConnection.Response greeting = connection.get("/greetings/ada");
        assertThat(greeting.status()).isEqualTo(200);
        assertThat(greeting.headers().get("content-type")).isEqualTo("application/json");
        assertThat(greeting.body()).isEqualTo("{\"name\":\"ada\",\"message\":\"Hello, ada!\"}");

        KeptAliveConnection.Response created = connection.postJson("/greetings", "{\"name\":\"grace\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().get("location")).isEqualTo("http://localhost/greetings/grace");
        assertThat(json(created).get("message").asText()).isEqualTo("Hello, grace!");
        assertThat(connection.postJson("/greetings", "{\"name\":").status()).isEqualTo(400);

        JsonNode worker = json(connection.get("/worker"));
        assertThat(worker.get("jackson").asText()).isEqualTo("2.19.1");
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .as("Wharf's own Jackson")
                .isNotEqualTo("2.19.1");
        assertThat(worker.get("sees_netty").asBoolean())
                .as("the app sees Wharf's Netty")
                .isFalse();
    }

    @Test
    void eachWorkerHasItsOwnContextAttributesWhichAreItsAppState() throws Exception {
        KeptAliveConnection[] workers = oneConnectionPerWorker();
        long pidA = json(workers[0].get("/worker")).get("pid").asLong();
        long pidB = json(workers[1].get("/worker")).get("pid").asLong();

        KeptAliveConnection.Response kept = workers[0].postJson("/notes", "{\"text\":\"only on A\"}");
        assertThat(kept.status()).isEqualTo(201);
        assertThat(json(kept).get("pid").asLong()).isEqualTo(pidA);
        assertThat(workers[1].get("/notes").body()).doesNotContain("only on A");

        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(() -> worker(pidA).state().path("notes").toString().contains("only on A"));
        JsonNode stateA = worker(pidA).state();
        JsonNode stateB = worker(pidB).state();
        assertThat(stateA.get("pid").asLong()).isEqualTo(pidA);
        assertThat(stateB.get("pid").asLong()).isEqualTo(pidB);
        assertThat(stateA.get("started_at").asText())
                .isNotEqualTo(stateB.get("started_at").asText());
        assertThat(stateA.get("requests").asLong()).isPositive();
        assertThat(stateB.path("notes").toString()).doesNotContain("only on A");
    }

    @Test
    void aSessionCookieFromOneWorkerIsUnknownToTheOther() throws Exception {
        KeptAliveConnection[] workers = oneConnectionPerWorker();
        long pidA = json(workers[0].get("/worker")).get("pid").asLong();
        long pidB = json(workers[1].get("/worker")).get("pid").asLong();

        KeptAliveConnection.Response first = workers[0].get("/session");
        JsonNode visit = json(first);
        assertThat(visit.get("fresh").asBoolean()).isTrue();
        String cookie = first.headers().get("set-cookie").split(";")[0];
        assertThat(cookie).startsWith("JSESSIONID=" + visit.get("session").asText());

        JsonNode again = json(workers[0].get("/session", "cookie: " + cookie));
        assertThat(again.get("visits").asInt()).isEqualTo(2);
        assertThat(again.get("fresh").asBoolean()).isFalse();

        KeptAliveConnection.Response elsewhere = workers[1].get("/session", "cookie: " + cookie);
        JsonNode there = json(elsewhere);
        assertThat(there.get("pid").asLong()).isEqualTo(pidB);
        assertThat(there.get("fresh").asBoolean())
                .as("worker B never heard of A's session")
                .isTrue();
        assertThat(there.get("visits").asInt()).isEqualTo(1);
        assertThat(there.get("session").asText())
                .isNotEqualTo(visit.get("session").asText());
        assertThat(elsewhere.headers()).containsKey("set-cookie");

        // What the window shows per worker: the sessions it reports, and its own count in its app.state.
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(() -> worker(pidA).stats().sessions() >= 1
                        && worker(pidB).stats().sessions() >= 1
                        && worker(pidA).state().path("sessions").asInt() >= 1
                        && worker(pidB).state().path("sessions").asInt() >= 1);
    }
}
