package dev.wharf.tls;

import static dev.wharf.asgi.Bytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.asgi.WebSocketSend;
import dev.wharf.config.Config;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.config.setting.ClientCertificates;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.TestCertificates;
import dev.wharf.testing.TestCertificates.KeyForm;
import dev.wharf.testing.TestCertificates.ServerFiles;
import dev.wharf.tls.dev.Certificates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker serving HTTPS with the --ssl-* settings, met by the JDK's own TLS client over real sockets. */
class HttpsTest {

    /** Answers every HTTP request with its scope's scheme and version; accepts WebSockets and sends the scheme. */
    private static final App SCHEME = (scope, receive, send) -> {
        if (scope instanceof HttpScope http) {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/plain"))));
            send.send(new HttpResponseBody(bytes(http.scheme() + " " + http.httpVersion())));
        } else if (scope instanceof WebSocketScope ws) {
            receive.receive();
            send.send(new WebSocketAccept());
            send.send(new WebSocketSend(null, ws.scheme()));
            receive.receive();
        }
    };

    @TempDir
    Path folder;

    private TestCertificates certificates;
    private Path cert;
    private Path key;

    @BeforeEach
    void certificate() throws Exception {
        certificates = new TestCertificates(folder);
        ServerFiles files = certificates.serverFiles(Certificates.newKeyPair(), KeyForm.PKCS8, null);
        cert = files.cert();
        key = files.key();
    }

    private RunningServer serve(UnaryOperator<Config.Builder> more) throws Exception {
        return RunningServer.start(
                SCHEME,
                builder -> more.apply(builder.set(TlsOptions.SSL_KEYFILE, key).set(TlsOptions.SSL_CERTFILE, cert)));
    }

    private HttpClient client(SSLContext tls, String... protocols) {
        SSLParameters parameters = new SSLParameters();
        if (protocols.length > 0) {
            parameters.setProtocols(protocols);
        }
        return HttpClient.newBuilder()
                .sslContext(tls)
                .sslParameters(parameters)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, int port) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHttpsAndTheScopeSaysHttps() throws Exception {
        try (RunningServer server = serve(b -> b)) {
            HttpResponse<String> response = get(client(certificates.clientContext(null, null)), server.port());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("https 1.1");
        }
    }

    @Test
    void webSocketsOverTlsHaveSchemeWss() throws Exception {
        try (RunningServer server = serve(b -> b)) {
            CompletableFuture<String> first = new CompletableFuture<>();
            WebSocket socket = client(certificates.clientContext(null, null))
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("wss://localhost:" + server.port() + "/"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            first.complete(data.toString());
                            return null;
                        }
                    })
                    .get(10, TimeUnit.SECONDS);

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("wss");
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void requiredClientCertificatesAdmitASignedClientAndRefuseOneWithout() throws Exception {
        Path authority = certificates.authorityFile();
        try (RunningServer server = serve(b ->
                b.set(TlsOptions.SSL_CERT_REQS, ClientCertificates.REQUIRED).set(TlsOptions.SSL_CA_CERTS, authority))) {
            KeyPair clientKeys = Certificates.newKeyPair();
            SSLContext withCertificate = certificates.clientContext(clientKeys, certificates.client(clientKeys));

            assertThat(get(client(withCertificate), server.port()).body()).isEqualTo("https 1.1");
            assertThatThrownBy(() -> get(client(certificates.clientContext(null, null)), server.port()))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void optionalClientCertificatesStillServeAClientWithout() throws Exception {
        Path authority = certificates.authorityFile();
        try (RunningServer server = serve(b ->
                b.set(TlsOptions.SSL_CERT_REQS, ClientCertificates.OPTIONAL).set(TlsOptions.SSL_CA_CERTS, authority))) {
            assertThat(get(client(certificates.clientContext(null, null)), server.port())
                            .body())
                    .isEqualTo("https 1.1");
        }
    }

    @Test
    void sslVersionTls13RefusesATls12Client() throws Exception {
        try (RunningServer server = serve(b -> b.set(TlsOptions.SSL_VERSION, "TLSv1.3"))) {
            SSLContext tls = certificates.clientContext(null, null);

            assertThat(get(client(tls, "TLSv1.3"), server.port()).statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> get(client(tls, "TLSv1.2"), server.port())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void sslCiphersLimitsTheTls12SuitesOffered() throws Exception {
        try (RunningServer server = serve(b -> b.set(TlsOptions.SSL_CIPHERS, "ECDHE-ECDSA-AES256-GCM-SHA384"))) {
            SSLContext tls = certificates.clientContext(null, null);
            SSLParameters onlyOther = new SSLParameters(
                    new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"}, new String[] {"TLSv1.2"});
            HttpClient refused = HttpClient.newBuilder()
                    .sslContext(tls)
                    .sslParameters(onlyOther)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();

            assertThat(get(client(tls, "TLSv1.2"), server.port()).statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> get(refused, server.port())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void plainHttpStaysHttpWhenNoCertificateIsGiven() throws Exception {
        try (RunningServer server = RunningServer.start(SCHEME)) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(server.uri("/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).isEqualTo("http 1.1");
        }
    }
}
