package dev.wharf.protocols.http;

import static dev.wharf.testing.Apps.http;
import static dev.wharf.testing.Apps.respond;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.HttpScope;
import dev.wharf.config.Config;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HttpScopeTest {

    private static HttpScope scopeOf(String request, UnaryOperator<Config.Builder> settings) throws Exception {
        CompletableFuture<HttpScope> seen = new CompletableFuture<>();
        var app = http((scope, receive, send) -> {
            seen.complete(scope);
            receive.receive();
            respond(send, 200, "ok");
        });
        try (RunningServer server = RunningServer.start(app, settings);
                RawHttpClient client = server.connect()) {
            client.send(request).read();
            HttpScope scope = seen.get(5, TimeUnit.SECONDS);
            assertThat(scope.server().port()).isEqualTo(server.port());
            return scope;
        }
    }

    private static HttpScope scopeOf(String request) throws Exception {
        return scopeOf(request, b -> b);
    }

    @Test
    void scopeCarriesTheRequestAsAsgiNamesIt() throws Exception {
        HttpScope scope = scopeOf(
                "POST /items/a%20b?x=1&y=%2F HTTP/1.1\r\nHost: example\r\nX-Custom: Value\r\nContent-Length: 0\r\n\r\n");
        assertThat(scope.type()).isEqualTo("http");
        assertThat(scope.asgi().version()).isEqualTo("3.0");
        assertThat(scope.asgi().specVersion()).isEqualTo("2.4");
        assertThat(scope.httpVersion()).isEqualTo("1.1");
        assertThat(scope.method()).isEqualTo("POST");
        assertThat(scope.scheme()).isEqualTo("http");
        assertThat(scope.path()).isEqualTo("/items/a b");
        assertThat(new String(scope.rawPath(), StandardCharsets.ISO_8859_1)).isEqualTo("/items/a%20b");
        assertThat(scope.queryStringText()).isEqualTo("x=1&y=%2F");
        assertThat(scope.rootPath()).isEmpty();
        assertThat(scope.client().host()).isEqualTo("127.0.0.1");
        assertThat(scope.client().port()).isPositive();
        assertThat(scope.server().host()).isEqualTo("127.0.0.1");
        assertThat(scope.headers())
                .extracting(h -> List.of(h.nameText(), h.valueText()))
                .containsExactly(
                        List.of("host", "example"), List.of("x-custom", "Value"), List.of("content-length", "0"));
        assertThat(scope.header("X-CUSTOM")).contains("Value");
    }

    @Test
    void percentEncodedUtf8PathIsDecodedAndRawPathKept() throws Exception {
        HttpScope scope = scopeOf("GET /caf%C3%A9/a+b HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(scope.path()).isEqualTo("/café/a+b");
        assertThat(new String(scope.rawPath(), StandardCharsets.ISO_8859_1)).isEqualTo("/caf%C3%A9/a+b");
    }

    @Test
    void rootPathIsPrefixedToPathAndRawPathAsUvicornDoes() throws Exception {
        HttpScope scope = scopeOf("GET /users?id=7 HTTP/1.1\r\nHost: x\r\n\r\n", b -> b.rootPath("/api"));
        assertThat(scope.rootPath()).isEqualTo("/api");
        assertThat(scope.path()).isEqualTo("/api/users");
        assertThat(new String(scope.rawPath(), StandardCharsets.ISO_8859_1)).isEqualTo("/api/users");
        assertThat(scope.queryStringText()).isEqualTo("id=7");
    }

    @Test
    void absoluteFormTargetGivesItsPath() throws Exception {
        HttpScope scope = scopeOf("GET http://example.com/p?q=1 HTTP/1.1\r\nHost: example.com\r\n\r\n");
        assertThat(scope.path()).isEqualTo("/p");
        assertThat(scope.queryStringText()).isEqualTo("q=1");
    }

    @Test
    void http10RequestSaysSo() throws Exception {
        assertThat(scopeOf("GET / HTTP/1.0\r\n\r\n").httpVersion()).isEqualTo("1.0");
    }
}
