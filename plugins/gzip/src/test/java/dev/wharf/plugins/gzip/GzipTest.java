package dev.wharf.plugins.gzip;

import static dev.wharf.asgi.Bytes.bytes;
import static dev.wharf.testing.Apps.http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.plugins.PluginException;
import dev.wharf.testing.Plugins;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GzipTest {

    private static final String TEXT = "Wharf serves ASGI apps on the JVM. ".repeat(100);
    private static final String ACCEPTS_GZIP = "Accept-Encoding: gzip, deflate, br\r\n";

    /** Answers with {@code body} in one message, with the given headers. */
    private static App answering(String body, Header... headers) {
        return http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(headers)));
            send.send(new HttpResponseBody(bytes(body)));
        });
    }

    private static App withGzip(App app, String... options) throws PluginException {
        return Plugins.wrap(new GzipPlugin(), app, options);
    }

    private static RawResponse get(App app, String extraHeaders) throws Exception {
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            return client.send("GET / HTTP/1.1\r\nHost: x\r\n" + extraHeaders + "\r\n")
                    .read();
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLargeResponseIsCompressedForAClientThatAcceptsGzip() throws Exception {
        RawResponse response =
                get(withGzip(answering(TEXT, Header.of("content-type", "text/plain; charset=utf-8"))), ACCEPTS_GZIP);
        assertThat(response.header("content-encoding")).contains("gzip");
        assertThat(response.header("vary")).contains("Accept-Encoding");
        assertThat(response.header("content-length")).contains(Integer.toString(response.body().length));
        assertThat(response.body().length).isLessThan(TEXT.length() / 10);
        assertThat(gunzip(response.body())).isEqualTo(TEXT);
    }

    @Test
    void theAppsContentLengthIsReplacedByTheCompressedOne() throws Exception {
        App app = answering(
                TEXT,
                Header.of("content-type", "application/json"),
                Header.of("content-length", Integer.toString(TEXT.length())));
        RawResponse response = get(withGzip(app), ACCEPTS_GZIP);
        assertThat(response.count("content-length")).isEqualTo(1);
        assertThat(response.header("content-length")).contains(Integer.toString(response.body().length));
        assertThat(gunzip(response.body())).isEqualTo(TEXT);
    }

    @Test
    void aResponseBelowTheMinimumSizeIsSentAsItIs() throws Exception {
        RawResponse response = get(withGzip(answering("hello", Header.of("content-type", "text/plain"))), ACCEPTS_GZIP);
        assertThat(response.header("content-encoding")).isEmpty();
        assertThat(response.bodyText()).isEqualTo("hello");

        RawResponse lowered = get(
                withGzip(answering("hello", Header.of("content-type", "text/plain")), "minimum_size=5"), ACCEPTS_GZIP);
        assertThat(gunzip(lowered.body())).isEqualTo("hello");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Accept-Encoding: gzip;q=0, deflate", "Accept-Encoding: identity"})
    void aClientThatDoesNotAcceptGzipGetsTheBodyAsItIsWithVary(String header) throws Exception {
        App app = withGzip(answering(TEXT, Header.of("content-type", "text/html")));
        String headers = header.isEmpty() ? "" : header + "\r\n";
        RawResponse response = get(app, headers);
        assertThat(response.header("content-encoding")).as(headers).isEmpty();
        assertThat(response.header("vary")).as(headers).contains("Accept-Encoding");
        assertThat(response.bodyText()).isEqualTo(TEXT);
    }

    @Test
    void aClientThatAcceptsAnyEncodingGetsGzip() throws Exception {
        App app = withGzip(answering(TEXT, Header.of("content-type", "text/html")));
        assertThat(get(app, "Accept-Encoding: *\r\n").header("content-encoding"))
                .contains("gzip");
    }

    @Test
    void encodedResponsesAndTypesNotOnTheListAreLeftAlone() throws Exception {
        RawResponse encoded = get(
                withGzip(answering(TEXT, Header.of("content-type", "text/plain"), Header.of("content-encoding", "br"))),
                ACCEPTS_GZIP);
        assertThat(encoded.header("content-encoding")).contains("br");
        assertThat(encoded.bodyText()).isEqualTo(TEXT);

        RawResponse image = get(withGzip(answering(TEXT, Header.of("content-type", "image/png"))), ACCEPTS_GZIP);
        assertThat(image.header("content-encoding")).isEmpty();
        assertThat(image.header("vary")).isEmpty();

        RawResponse noTransform = get(
                withGzip(answering(
                        TEXT,
                        Header.of("content-type", "text/plain"),
                        Header.of("cache-control", "public, no-transform"))),
                ACCEPTS_GZIP);
        assertThat(noTransform.header("content-encoding")).isEmpty();

        RawResponse csv = get(
                withGzip(answering(TEXT, Header.of("content-type", "text/csv")), "content_types=application/*+json"),
                ACCEPTS_GZIP);
        assertThat(csv.header("content-encoding")).isEmpty();
    }

    @Test
    void aStrongEtagBecomesWeakOnTheCompressedBody() throws Exception {
        App app = answering(
                TEXT,
                Header.of("content-type", "text/plain"),
                Header.of("etag", "\"v1\""),
                Header.of("vary", "Origin"));
        RawResponse response = get(withGzip(app), ACCEPTS_GZIP);
        assertThat(response.header("etag")).contains("W/\"v1\"");
        assertThat(response.header("vary")).contains("Origin, Accept-Encoding");
    }

    @Test
    void aStreamedResponseIsCompressedAndSentChunkByChunk() throws Exception {
        String first = "first part of a long report. ".repeat(40);
        String second = "second part, sent only after the client has read the first. ".repeat(40);
        CountDownLatch clientDecodedFirst = new CountDownLatch(1);
        App app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/plain"))));
            send.send(new HttpResponseBody(bytes(first), true));
            // The second part waits for the client: a plugin that buffered the body would never send the first.
            if (!clientDecodedFirst.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the client never got the first part");
            }
            send.send(new HttpResponseBody(bytes(second), true));
            send.send(new HttpResponseBody(new byte[0], false));
        });
        try (RunningServer server = RunningServer.start(withGzip(app));
                RawHttpClient client = server.connect()) {
            RawResponse head = client.send("GET / HTTP/1.1\r\nHost: x\r\n" + ACCEPTS_GZIP + "\r\n")
                    .readHeaders();
            assertThat(head.chunked()).isTrue();
            assertThat(head.header("content-encoding")).contains("gzip");
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] firstChunk = client.readChunk();
            all.write(firstChunk);
            assertThat(inflateSoFar(all.toByteArray())).isEqualTo(first);
            clientDecodedFirst.countDown();
            byte[] chunk;
            while ((chunk = client.readChunk()).length > 0) {
                all.write(chunk);
            }
            assertThat(gunzip(all.toByteArray())).isEqualTo(first + second);
        }
    }

    @Test
    void headAndBodilessResponsesAreNotCompressed() throws Exception {
        App app = withGzip(http((scope, receive, send) -> {
            receive.receive();
            int status = scope.path().equals("/empty") ? 204 : 200;
            send.send(new HttpResponseStart(status, List.of(Header.of("content-type", "text/plain"))));
            send.send(new HttpResponseBody(status == 204 ? new byte[0] : bytes(TEXT)));
        }));
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse head = client.send("HEAD / HTTP/1.1\r\nHost: x\r\n" + ACCEPTS_GZIP + "\r\n")
                    .readHead();
            assertThat(head.header("content-encoding")).isEmpty();
            assertThat(head.header("content-length")).contains(Integer.toString(TEXT.length()));
            assertThat(head.header("vary")).contains("Accept-Encoding");
            RawResponse empty = client.send("GET /empty HTTP/1.1\r\nHost: x\r\n" + ACCEPTS_GZIP + "\r\n")
                    .read();
            assertThat(empty.status()).isEqualTo(204);
            assertThat(empty.header("content-encoding")).isEmpty();
        }
    }

    @Test
    void badOptionValuesAreRefusedNamingThePluginTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> withGzip(answering(TEXT), "level=12", "minimum_size=-1", "content_types=text/*,json"))
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.problems())
                                .extracting(Object::toString)
                                .containsExactly(
                                        "plugin 'gzip', option 'minimum_size': -1 is out of range; use a whole number of at least 0",
                                        "plugin 'gzip', option 'level': 12 is out of range; use a whole number from 1 to 9",
                                        "plugin 'gzip', option 'content_types': 'json' is not allowed; "
                                                + "use media types like text/* or application/json"));
    }

    @Test
    void isFoundOnTheClassPathUnderItsId() throws Exception {
        assertThat(Plugins.discovered("gzip").plugin()).isInstanceOf(GzipPlugin.class);
    }

    /** Decodes what a gzip stream holds so far, as a client decoding a response while it streams would. */
    private static String inflateSoFar(byte[] gzip) throws Exception {
        int headerLength = 10; // GZIPOutputStream writes the fixed header, no optional fields
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(gzip, headerLength, gzip.length - headerLength);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = inflater.inflate(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            inflater.end();
        }
    }
}
