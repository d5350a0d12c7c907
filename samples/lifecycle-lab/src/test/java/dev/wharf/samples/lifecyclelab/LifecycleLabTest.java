package dev.wharf.samples.lifecyclelab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** lifecycle-lab's endpoint spec, endpoint by endpoint, over a real socket. */
class LifecycleLabTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(
                LifecycleLab.app, b -> b.lifespan(LifespanMode.ON).rootPath("/lab"));
    }

    @AfterAll
    static void stop() throws Exception {
        assertThat(server.stop()).as("lifespan shutdown completes cleanly").isTrue();
    }

    private static RawResponse request(String request) throws IOException, Exception {
        try (RawHttpClient client = server.connect()) {
            return request.startsWith("HEAD")
                    ? client.send(request).readHead()
                    : client.send(request).read();
        }
    }

    private static RawResponse get(String target) throws Exception {
        return request("GET " + target + " HTTP/1.1\r\nHost: lab\r\n\r\n");
    }

    @Test
    void rootSaysHello() throws Exception {
        RawResponse response = get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).contains("text/plain; charset=utf-8");
        assertThat(response.bodyText()).isEqualTo("hello from ASGI");
    }

    @Test
    void headOfRootHasTheSameHeadersAndNoBody() throws Exception {
        RawResponse head = request("HEAD / HTTP/1.1\r\nHost: lab\r\n\r\n");
        RawResponse get = get("/");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("content-type")).isEqualTo(get.header("content-type"));
        assertThat(head.header("content-length")).isEqualTo(get.header("content-length"));
    }

    @Test
    void echoReturnsTheBodyWithItsContentType() throws Exception {
        RawResponse response =
                request("POST /echo HTTP/1.1\r\nHost: lab\r\nContent-Type: text/csv\r\nContent-Length: 5\r\n\r\na,b,c");
        assertThat(response.header("content-type")).contains("text/csv");
        assertThat(response.bodyText()).isEqualTo("a,b,c");
        RawResponse chunked = request(
                "POST /echo HTTP/1.1\r\nHost: lab\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        assertThat(chunked.header("content-type")).contains("application/octet-stream");
        assertThat(chunked.bodyText()).isEqualTo("abcde");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "GET"})
    void echoAndScopeAcceptAnyMethod(String method) throws Exception {
        RawResponse echo = request(method + " /echo HTTP/1.1\r\nHost: lab\r\nContent-Length: 2\r\n\r\nhi");
        assertThat(echo.status()).isEqualTo(200);
        assertThat(echo.bodyText()).isEqualTo("hi");
        RawResponse scope = request(method + " /scope HTTP/1.1\r\nHost: lab\r\nContent-Length: 0\r\n\r\n");
        assertThat(scope.status()).isEqualTo(200);
        assertThat(scope.bodyText()).contains("\"method\":\"" + method + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/state", "/headers?n=2", "/stream?n=2&size=3"})
    void everyGetRouteAnswersHeadWithoutABody(String target) throws Exception {
        RawResponse head = request("HEAD " + target + " HTTP/1.1\r\nHost: lab\r\n\r\n");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aGetRouteAnswersOtherMethodsWith405() throws Exception {
        RawResponse response = request("DELETE /state HTTP/1.1\r\nHost: lab\r\n\r\n");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("allow")).contains("GET, HEAD");
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 304, 404, 503})
    void statusAnswersWithTheCodeAskedForAndNoBody(int code) throws Exception {
        RawResponse response = get("/status?code=" + code);
        assertThat(response.status()).isEqualTo(code);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void anInterimStatusAskedForIsRefusedByTheServer() throws Exception {
        assertThat(get("/status?code=103").status()).isEqualTo(500);
    }

    @Test
    void streamSendsNChunksOfSizeBytesWithoutContentLength() throws Exception {
        try (RawHttpClient client = server.connect()) {
            client.send("GET /stream?n=4&size=3 HTTP/1.1\r\nHost: lab\r\n\r\n");
            RawResponse head = client.readHeaders();
            assertThat(head.chunked()).isTrue();
            assertThat(head.header("content-length")).isEmpty();
            List<String> chunks = new ArrayList<>();
            byte[] chunk;
            while ((chunk = client.readChunk()).length > 0) {
                chunks.add(new String(chunk));
            }
            assertThat(chunks).containsExactly("xxx", "xxx", "xxx", "xxx");
        }
    }

    @Test
    void badQueryNumbersAreA400ThatSaysWhy() throws Exception {
        RawResponse response = get("/stream?n=lots");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).contains("'n' must be a whole number");
    }

    @Test
    void sleepWaitsThenSaysSo() throws Exception {
        long start = System.nanoTime();
        RawResponse response = get("/sleep?ms=200");
        assertThat(response.bodyText()).isEqualTo("slept 200");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
    }

    @Test
    void scopeShowsWhatTheAppWasGiven() throws Exception {
        JsonNode scope = json.readTree(get("/scope?a=1&b=%20").bodyText());
        assertThat(scope.get("type").asText()).isEqualTo("http");
        assertThat(scope.get("http_version").asText()).isEqualTo("1.1");
        assertThat(scope.get("method").asText()).isEqualTo("GET");
        assertThat(scope.get("scheme").asText()).isEqualTo("http");
        assertThat(scope.get("path").asText()).isEqualTo("/lab/scope");
        assertThat(scope.get("raw_path").asText()).isEqualTo("/lab/scope");
        assertThat(scope.get("query_string").asText()).isEqualTo("a=1&b=%20");
        assertThat(scope.get("root_path").asText()).isEqualTo("/lab");
        assertThat(scope.get("client").get(0).asText()).isEqualTo("127.0.0.1");
        assertThat(scope.get("client").get(1).asInt()).isPositive();
        assertThat(scope.get("server").get(1).asInt()).isEqualTo(server.port());
        assertThat(scope.get("headers").get(0).get(0).asText()).isEqualTo("host");
        assertThat(scope.get("headers").get(0).get(1).asText()).isEqualTo("lab");
        assertThat(scope.get("state")).extracting(JsonNode::asText).containsExactly("counter", "pid", "started_at");
    }

    @Test
    void stateCountsThisWorkersRequests() throws Exception {
        JsonNode first = json.readTree(get("/state").bodyText());
        JsonNode second = json.readTree(get("/state").bodyText());
        assertThat(first.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(first.get("started_at").asDouble())
                .isCloseTo(System.currentTimeMillis() / 1000.0, Offset.offset(600.0));
        assertThat(second.get("counter").asLong())
                .isEqualTo(first.get("counter").asLong() + 1);
    }

    @Test
    void errorEndpointsShowWhatTheServerDoesWithAFailingApp() throws Exception {
        assertThat(get("/error").status()).isEqualTo(500);
        assertThat(get("/no-response").status()).isEqualTo(500);
        try (RawHttpClient client = server.connect()) {
            client.send("GET /error-after-start HTTP/1.1\r\nHost: lab\r\n\r\n");
            assertThat(client.readToEnd())
                    .as("connection closed with nothing sent")
                    .isEmpty();
        }
    }

    @Test
    void headersEndpointAddsNNumberedHeaders() throws Exception {
        RawResponse response = get("/headers?n=3");
        assertThat(response.header("x-h-0")).contains("0");
        assertThat(response.header("x-h-2")).contains("2");
        assertThat(response.header("x-h-3")).isEmpty();
    }

    @Test
    void unknownPathIs404() throws Exception {
        assertThat(get("/nope").status()).isEqualTo(404);
    }
}
