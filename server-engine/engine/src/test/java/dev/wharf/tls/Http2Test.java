package dev.wharf.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.config.Config;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.testing.Apps;
import dev.wharf.testing.Commands;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.TestCertificates;
import dev.wharf.testing.TestCertificates.KeyForm;
import dev.wharf.testing.TestCertificates.ServerFiles;
import dev.wharf.tls.dev.Certificates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP/2 as clients meet it over real sockets: curl by ALPN over TLS and by prior knowledge in clear
 * text, the JDK's client with a large body each way, h2load with many streams at once, --no-http2,
 * and a graceful shutdown that lets a stream in flight finish.
 */
class Http2Test {

    /** Answers with the scheme, the HTTP version and the number of body bytes read; ?sleep=MS waits first. */
    private static final App ECHO = Apps.http((scope, receive, send) -> {
        byte[] body = Apps.readBody(receive);
        String query = scope.queryStringText();
        if (query.startsWith("sleep=")) {
            Thread.sleep(Long.parseLong(query.substring(6)));
        }
        if (query.equals("big")) {
            Apps.respond(send, 200, "x".repeat(3 * 1024 * 1024));
            return;
        }
        Apps.respond(send, 200, describe(scope) + " " + body.length);
    });

    private static String describe(HttpScope scope) {
        return scope.scheme() + " " + scope.httpVersion();
    }

    @TempDir
    Path folder;

    private TestCertificates certificates;
    private ServerFiles files;

    @BeforeEach
    void certificate() throws Exception {
        certificates = new TestCertificates(folder);
        files = certificates.serverFiles(Certificates.newKeyPair(), KeyForm.PKCS8, null);
    }

    private RunningServer serveTls(UnaryOperator<Config.Builder> more) throws Exception {
        return RunningServer.start(
                ECHO,
                builder -> more.apply(
                        builder.set(TlsOptions.SSL_KEYFILE, files.key()).set(TlsOptions.SSL_CERTFILE, files.cert())));
    }

    private String curl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("curl", "-sS", "--cacert", certificates.authorityFile().toString(), "-w", " %{http_version}"));
        command.addAll(List.of(arguments));
        return Commands.run(command.toArray(String[]::new));
    }

    @Test
    void curlNegotiatesH2OverTlsAndEachStreamIsAnHttpScopeWithVersion2() throws Exception {
        try (RunningServer server = serveTls(b -> b)) {
            String https = "https://localhost:" + server.port() + "/";

            assertThat(curl("--http2", https)).isEqualTo("https 2 0 2");
            assertThat(curl("--http1.1", https)).isEqualTo("https 1.1 0 1.1");
            assertThat(curl("--http2", "--data-binary", "hello", https)).isEqualTo("https 2 5 2");
        }
    }

    @Test
    void curlWithPriorKnowledgeGetsH2cAndPlainClientsStillGetHttp11() throws Exception {
        try (RunningServer server = RunningServer.start(ECHO)) {
            String http = "http://127.0.0.1:" + server.port() + "/";

            assertThat(curl("--http2-prior-knowledge", http)).isEqualTo("http 2 0 2");
            assertThat(curl("--http1.1", http)).isEqualTo("http 1.1 0 1.1");
        }
    }

    @Test
    void noHttp2KeepsTlsAndClearTextOnHttp11() throws Exception {
        try (RunningServer server = serveTls(b -> b.set(ServerOptions.HTTP2, false))) {
            assertThat(curl("--http2", "https://localhost:" + server.port() + "/"))
                    .isEqualTo("https 1.1 0 1.1");
        }
    }

    @Test
    void largeBodiesCrossBothWaysWithinHttp2FlowControl() throws Exception {
        try (RunningServer server = serveTls(b -> b)) {
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(certificates.clientContext(null, null))
                    .version(HttpClient.Version.HTTP_2)
                    .build();
            byte[] upload = new byte[2 * 1024 * 1024];
            HttpResponse<String> posted = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + "/"))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(upload))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> big = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + "/?big"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(posted.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(posted.body()).isEqualTo("https 2 " + upload.length);
            assertThat(big.body()).hasSize(3 * 1024 * 1024);
        }
    }

    @Test
    void h2loadServesManyConcurrentStreamsOnFewConnections() throws Exception {
        try (RunningServer server = RunningServer.start(ECHO)) {
            String report = Commands.run(
                    "h2load", "-n", "2000", "-c", "4", "-m", "32", "http://127.0.0.1:" + server.port() + "/");

            assertThat(report).contains("2000 succeeded, 0 failed, 0 errored").contains("status codes: 2000 2xx");
        }
    }

    @Test
    void gracefulShutdownSendsGoawayAndLetsTheStreamInFlightFinish() throws Exception {
        RunningServer server = serveTls(b -> b);
        HttpClient client = HttpClient.newBuilder()
                .sslContext(certificates.clientContext(null, null))
                .version(HttpClient.Version.HTTP_2)
                .build();
        URI slow = URI.create("https://localhost:" + server.port() + "/?sleep=1000");
        CompletableFuture<HttpResponse<String>> inFlight =
                client.sendAsync(HttpRequest.newBuilder(slow).build(), HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> server.server().state().unansweredRequests() > 0);

        assertThat(server.stop()).isTrue();

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.body()).isEqualTo("https 2 0");
    }
}
