package dev.wharf.plugins.requestinspector;

import static dev.wharf.asgi.Bytes.bytes;
import static dev.wharf.testing.Apps.http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.plugins.PluginException;
import dev.wharf.plugins.PluginHost;
import dev.wharf.plugins.PluginRequest;
import dev.wharf.testing.Apps;
import dev.wharf.testing.Plugins;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestInspectorTest {

    private static final String KEY = "request-inspector.requests";

    /** Echoes the request body; {@code /stream} answers in two pieces, {@code /boom} raises before answering. */
    private final App app = http((scope, receive, send) -> {
        byte[] body = Apps.readBody(receive);
        switch (scope.path()) {
            case "/boom" -> throw new IllegalStateException("the database is down");
            case "/stream" -> {
                send.send(new HttpResponseStart(
                        201, List.of(Header.of("content-type", "text/plain"), Header.of("set-cookie", "s=1"))));
                send.send(new HttpResponseBody(bytes("part one, "), true));
                send.send(new HttpResponseBody(bytes("part two"), false));
            }
            default -> Apps.respond(send, 200, "echo: " + new String(body, StandardCharsets.UTF_8));
        }
    });

    private final PluginHost host = PluginHost.of(new RequestInspectorPlugin());

    private RunningServer serve(String... options) throws Exception {
        return RunningServer.start(host.wrap(app, List.of(PluginRequest.of("request-inspector", options)), false)
                .app());
    }

    private static RawResponse send(RunningServer server, String request) throws Exception {
        try (RawHttpClient client = server.connect()) {
            return client.send(request).read();
        }
    }

    /**
     * The published exchanges once the one numbered {@code lastId} is in: the plugin records an
     * exchange when the app returns, which may be just after the client has its response.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> requestsUpTo(long lastId) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> (List<Map<String, Object>>)
                                host.telemetry().latest(KEY).orElse(List.of()),
                        list -> !list.isEmpty() && list.getLast().get("id").equals(lastId));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> headers(Map<String, Object> exchange, String key) {
        return (List<List<String>>) exchange.get(key);
    }

    @Test
    void eachRequestAndItsResponseArePublishedWithHeadersBodiesAndTimings() throws Exception {
        try (RunningServer server = serve()) {
            RawResponse response = send(
                    server,
                    "POST /items?page=2 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 13\r\n\r\n{\"name\":\"a\"}\n");
            assertThat(response.bodyText()).isEqualTo("echo: {\"name\":\"a\"}\n");
        }
        Map<String, Object> exchange = requestsUpTo(1).getFirst();
        assertThat(exchange)
                .containsEntry("id", 1L)
                .containsEntry("method", "POST")
                .containsEntry("path", "/items")
                .containsEntry("query_string", "page=2")
                .containsEntry("http_version", "1.1")
                .containsEntry("request_body", "{\"name\":\"a\"}\n")
                .containsEntry("request_body_bytes", 13L)
                .containsEntry("request_body_truncated", false)
                .containsEntry("status", 200)
                .containsEntry("response_body", "echo: {\"name\":\"a\"}\n")
                .containsEntry("outcome", "complete")
                .containsEntry("error", null);
        assertThat(headers(exchange, "request_headers")).contains(List.of("content-type", "application/json"));
        assertThat(headers(exchange, "response_headers"))
                .contains(List.of("content-type", "text/plain; charset=utf-8"));
        assertThat((String) exchange.get("client")).startsWith("127.0.0.1:");
        assertThat((Double) exchange.get("response_start_ms"))
                .isGreaterThanOrEqualTo(0)
                .isLessThanOrEqualTo((Double) exchange.get("duration_ms"));
    }

    @Test
    void onlyTheLatestRequestsAreKeptOldestFirst() throws Exception {
        try (RunningServer server = serve("capacity=3")) {
            for (int i = 1; i <= 5; i++) {
                send(server, "GET /n" + i + " HTTP/1.1\r\nHost: x\r\n\r\n");
            }
        }
        assertThat(requestsUpTo(5)).extracting(r -> r.get("path")).containsExactly("/n3", "/n4", "/n5");
    }

    @Test
    void bodiesAreCutAtTheLimitButTheirSizeIsKept() throws Exception {
        try (RunningServer server = serve("max_body_bytes=8")) {
            send(server, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        Map<String, Object> exchange = requestsUpTo(1).getFirst();
        assertThat(exchange)
                .containsEntry("status", 201)
                .containsEntry("response_body", "part one")
                .containsEntry("response_body_bytes", 18L)
                .containsEntry("response_body_truncated", true);
    }

    @Test
    void secretHeadersAreRedacted() throws Exception {
        try (RunningServer server = serve()) {
            send(server, "GET /stream HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer abc123\r\nCookie: sid=42\r\n\r\n");
        }
        Map<String, Object> exchange = requestsUpTo(1).getFirst();
        assertThat(headers(exchange, "request_headers"))
                .contains(List.of("authorization", "[redacted]"), List.of("cookie", "[redacted]"))
                .noneMatch(h -> h.get(1).contains("abc123"));
        assertThat(headers(exchange, "response_headers")).contains(List.of("set-cookie", "[redacted]"));
    }

    @Test
    void anAppThatRaisesIsRecordedWithItsErrorAndStillGetsItsServerError() throws Exception {
        try (RunningServer server = serve()) {
            assertThat(send(server, "GET /boom HTTP/1.1\r\nHost: x\r\n\r\n").status())
                    .isEqualTo(500);
        }
        assertThat(requestsUpTo(1).getFirst())
                .containsEntry("outcome", "error")
                .containsEntry("status", null)
                .containsEntry("error", "java.lang.IllegalStateException: the database is down");
    }

    @Test
    void badOptionValuesAreRefusedNamingThePluginTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> Plugins.wrap(new RequestInspectorPlugin(), app, "capacity=0", "max_body_bytes=lots"))
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.problems())
                                .extracting(Object::toString)
                                .containsExactly(
                                        "plugin 'request-inspector', option 'capacity': 0 is out of range; use a whole number from 1 to 1000",
                                        "plugin 'request-inspector', option 'max_body_bytes': 'lots' is not a whole number; "
                                                + "use a whole number from 0 to 1048576"));
    }

    @Test
    void isFoundOnTheClassPathUnderItsId() throws Exception {
        assertThat(Plugins.discovered("request-inspector").plugin()).isInstanceOf(RequestInspectorPlugin.class);
    }
}
