package dev.wharf.gui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.supervisor.WorkerInfo;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inspector view model on lists shaped as the request-inspector plugin publishes them (see its README). */
class RequestInspectorViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RequestInspectorViewModel inspector = new RequestInspectorViewModel();

    @Test
    void showsAWorkersRequestsNewestFirstAndTheSelectedOneInFull() throws Exception {
        inspector.show(worker(
                1,
                requests(
                        exchange(1, "GET", "/state", "", 200, "complete", ""),
                        exchange(2, "POST", "/echo", "x=1", 201, "complete", "{\"name\": \"wharf\"}"))));

        assertThat(inspector.availableProperty().get()).isTrue();
        assertThat(inspector.requests()).extracting(InspectedRequest::target).containsExactly("/echo?x=1", "/state");
        assertThat(inspector.summaryProperty().get()).startsWith("The last 2 requests worker 1 served, newest first");

        inspector.selectedProperty().set(inspector.requests().get(0));
        assertThat(inspector.detailProperty().get())
                .startsWith(
                        "POST /echo?x=1 HTTP/1.1 → 201   (complete)\n#2 · 2026-01-02T03:04:05Z · from 127.0.0.1:50000")
                .contains("Request headers\n  host: localhost\n  authorization: [redacted]\n")
                .contains("Request body (4096 bytes, the first 17 characters shown)\n{\"name\": \"wharf\"}…\n")
                .contains("Response headers\n  content-type: text/plain\n")
                .contains("Response body (0 bytes)\n  (empty)\n");
    }

    @Test
    void aNewListKeepsTheSelectionAndAnotherWorkerShowsItsOwn() throws Exception {
        inspector.show(worker(1, requests(exchange(1, "GET", "/a", "", 200, "complete", ""))));
        inspector.selectedProperty().set(inspector.requests().get(0));

        inspector.show(worker(
                1,
                requests(
                        exchange(1, "GET", "/a", "", 200, "complete", ""),
                        exchange(2, "GET", "/b", "", 404, "complete", ""))));
        assertThat(inspector.requests()).hasSize(2);
        assertThat(inspector.selectedProperty().get().target()).isEqualTo("/a");

        inspector.show(worker(2, requests(exchange(1, "GET", "/other", "", 500, "error", ""))));
        assertThat(inspector.requests()).extracting(InspectedRequest::target).containsExactly("/other");
        assertThat(inspector.selectedProperty().get()).isNull();
        assertThat(inspector.detailProperty().get()).isEmpty();
    }

    @Test
    void aWorkerWithoutTheInspectorSaysHowToGetOne() {
        inspector.show(worker(3, null));

        assertThat(inspector.availableProperty().get()).isFalse();
        assertThat(inspector.requests()).isEmpty();
        assertThat(inspector.summaryProperty().get())
                .contains("enable the request-inspector plugin in Settings → Plugins");
    }

    private static WorkerInfo worker(int id, JsonNode requests) {
        return new WorkerInfo(
                id,
                0,
                4000 + id,
                1,
                LifespanPhase.STARTED,
                null,
                WorkerStats.NONE,
                null,
                false,
                Instant.now(),
                Instant.now(),
                0,
                null,
                "Java 25",
                requests == null ? Map.of() : Map.of(RequestInspectorViewModel.KEY, requests));
    }

    private static JsonNode requests(String... exchanges) throws Exception {
        return JSON.readTree("[" + String.join(",", exchanges) + "]");
    }

    private static String exchange(
            int id, String method, String path, String query, int status, String outcome, String body)
            throws Exception {
        return JSON.writeValueAsString(Map.ofEntries(
                Map.entry("id", id),
                Map.entry("started", "2026-01-02T03:04:05Z"),
                Map.entry("method", method),
                Map.entry("path", path),
                Map.entry("query_string", query),
                Map.entry("http_version", "1.1"),
                Map.entry("client", "127.0.0.1:50000"),
                Map.entry("request_headers", new String[][] {{"host", "localhost"}, {"authorization", "[redacted]"}}),
                Map.entry("request_body", body),
                Map.entry("request_body_bytes", body.isEmpty() ? 0 : 4096),
                Map.entry("request_body_truncated", !body.isEmpty()),
                Map.entry("status", status),
                Map.entry("response_headers", new String[][] {{"content-type", "text/plain"}}),
                Map.entry("response_body", ""),
                Map.entry("response_body_bytes", 0),
                Map.entry("response_body_truncated", false),
                Map.entry("response_start_ms", 0.4),
                Map.entry("duration_ms", 1.25),
                Map.entry("outcome", outcome)));
    }
}
