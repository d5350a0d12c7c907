package dev.wharf.plugins.livereload;

import static dev.wharf.asgi.Bytes.bytes;
import static dev.wharf.testing.Apps.http;
import static dev.wharf.testing.Apps.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.plugins.LatestTelemetry;
import dev.wharf.plugins.PluginHost;
import dev.wharf.plugins.PluginRequest;
import dev.wharf.plugins.ServedCode;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plugin's event stream over a real socket: a {@code hello} naming the code version, a
 * {@code reload} when the worker hot-swaps, and its end when the worker drains; the page it injects
 * names the version that served it.
 */
class EventStreamTest {

    private final ServedCode code = ServedCode.of("demo.Main:app", List.of(Path.of("classes")));

    private App wrapped(App app) throws Exception {
        return PluginHost.of(new LiveReloadPlugin())
                .wrap(app, List.of(PluginRequest.of("live-reload")), false, new LatestTelemetry(), code)
                .app();
    }

    private static String chunk(RawHttpClient client) throws Exception {
        return new String(client.readChunk(), StandardCharsets.UTF_8);
    }

    @Test
    void theStreamSaysHelloWithTheVersionThenReloadAfterASwapAndEndsWhenTheWorkerDrains() throws Exception {
        try (RunningServer server = RunningServer.start(wrapped(text("app")));
                RawHttpClient client = server.connect()) {
            String before = code.version();
            client.send("GET /__wharf/live-reload HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n");
            RawResponse head = client.readHeaders();
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("content-type")).contains("text/event-stream; charset=utf-8");
            assertThat(chunk(client)).isEqualTo("retry: 250\nevent: hello\ndata: " + before + "\n\n");

            code.swapped(Map.of("demo.Greeting", new byte[] {1, 2, 3}));

            assertThat(code.version()).isNotEqualTo(before);
            assertThat(chunk(client)).isEqualTo("event: reload\ndata: " + code.version() + "\n\n");

            code.draining();

            assertThat(client.readChunk()).isEmpty(); // the last chunk: the stream ended
        }
    }

    @Test
    void aStreamAskedForWhileTheWorkerDrainsEndsAtOnceSoTheBrowserTriesAnotherWorker() throws Exception {
        try (RunningServer server = RunningServer.start(wrapped(text("app")));
                RawHttpClient client = server.connect()) {
            code.draining();
            client.send("GET /__wharf/live-reload HTTP/1.1\r\nHost: x\r\n\r\n");

            assertThat(client.read().bodyText()).isEqualTo("retry: 250\n\n");
        }
    }

    @Test
    void aPageNamesTheVersionThatServedItAndOtherPathsReachTheApp() throws Exception {
        App page = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/html"))));
            send.send(new HttpResponseBody(bytes("<body>" + scope.path() + "</body>")));
        });
        try (RunningServer server = RunningServer.start(wrapped(page));
                RawHttpClient client = server.connect()) {
            code.swapped(Map.of("demo.Page", new byte[] {4}));
            client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");

            assertThat(client.read().bodyText())
                    .startsWith("<body>/hello<script data-wharf-live-reload>")
                    .contains("var v=\"" + code.version() + "\"")
                    .endsWith("</script></body>");
        }
    }

    @Test
    void aClientThatGoesAwayLeavesTheChannel() throws Exception {
        ReloadChannel channel = new ReloadChannel();
        EventStream stream = new EventStream(channel, code, Duration.ofSeconds(15));
        App app = http(stream::serve);
        try (RunningServer server = RunningServer.start(app)) {
            try (RawHttpClient client = server.connect()) {
                client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                client.readHeaders();
                chunk(client);
                assertThat(channel.open()).isEqualTo(1);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> channel.open() == 0);
        }
    }
}
