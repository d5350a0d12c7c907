package dev.wharf.plugins.livereload;

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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which responses get the live-reload script, where it goes, and what happens to their headers: over real sockets. */
class ScriptInjectionTest {

    private static final String SCRIPT =
            new String(ReloadScript.bytes("/__wharf/live-reload", "0"), StandardCharsets.US_ASCII);

    /** Answers with {@code pieces} as body messages (the last one ends the body), after these headers. */
    private static App answering(int status, List<String> pieces, Header... headers) {
        return http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(status, List.of(headers)));
            for (int i = 0; i < pieces.size(); i++) {
                send.send(new HttpResponseBody(bytes(pieces.get(i)), i < pieces.size() - 1));
            }
        });
    }

    private static RawResponse request(App app, String method) throws Exception {
        try (RunningServer server = RunningServer.start(Plugins.wrap(new LiveReloadPlugin(), app));
                RawHttpClient client = server.connect()) {
            client.send(method + " / HTTP/1.1\r\nHost: x\r\n\r\n");
            return method.equals("HEAD") ? client.readHead() : client.read();
        }
    }

    private static RawResponse get(App app) throws Exception {
        return request(app, "GET");
    }

    private static final Header HTML = Header.of("content-type", "text/html; charset=utf-8");

    @Test
    void theScriptGoesBeforeTheLastClosingBodyTagAndContentLengthGrowsByIt() throws Exception {
        String page = "<html><body><p>hi</p><pre>&lt;/body&gt;</pre></BODY></html>";
        RawResponse response =
                get(answering(200, List.of(page), HTML, Header.of("content-length", Integer.toString(page.length()))));

        assertThat(response.bodyText()).isEqualTo(page.replace("</BODY>", SCRIPT + "</BODY>"));
        assertThat(response.header("content-length")).contains(Integer.toString(page.length() + SCRIPT.length()));
        assertThat(response.count("content-length")).isEqualTo(1);
    }

    @Test
    void aPageWithoutClosingBodyTagGetsTheScriptAtItsEnd() throws Exception {
        RawResponse response =
                get(answering(200, List.of("<h1>fragment</h1>"), Header.of("content-type", "TEXT/HTML")));

        assertThat(response.bodyText()).isEqualTo("<h1>fragment</h1>" + SCRIPT);
    }

    @Test
    void aStreamedPageIsNotHeldBackAndGetsTheScriptBeforeAClosingTagSplitAcrossPieces() throws Exception {
        RawResponse response = get(answering(200, List.of("<html><body>one", "</bo", "dy></html>"), HTML));

        assertThat(response.chunked()).isTrue();
        assertThat(response.bodyText()).isEqualTo("<html><body>one" + SCRIPT + "</body></html>");
    }

    @Test
    void aStreamedPageWithoutClosingTagGetsTheScriptAtItsEnd() throws Exception {
        RawResponse response = get(answering(200, List.of("<p>a", "b</p>", ""), HTML));

        assertThat(response.bodyText()).isEqualTo("<p>ab</p>" + SCRIPT);
    }

    @Test
    void aHeadResponseGetsTheLengthAGetWouldHave() throws Exception {
        String page = "<html><body>x</body></html>";
        RawResponse response = request(
                answering(200, List.of(""), HTML, Header.of("content-length", Integer.toString(page.length()))),
                "HEAD");

        assertThat(response.header("content-length")).contains(Integer.toString(page.length() + SCRIPT.length()));
    }

    @Test
    void aStrongEtagBecomesWeakAsTheBytesAreNoLongerTheApps() throws Exception {
        RawResponse response = get(answering(200, List.of("<body></body>"), HTML, Header.of("etag", "\"abc\"")));

        assertThat(response.header("etag")).contains("W/\"abc\"");
    }

    @Test
    void otherTypesEncodedPagesRangesAndBodilessStatusesAreLeftAlone() throws Exception {
        String page = "<html><body></body></html>";
        assertThat(get(answering(200, List.of(page), Header.of("content-type", "text/plain")))
                        .bodyText())
                .isEqualTo(page);
        assertThat(get(answering(200, List.of(page), HTML, Header.of("content-encoding", "br")))
                        .bodyText())
                .isEqualTo(page);
        assertThat(get(answering(206, List.of(page), HTML, Header.of("content-range", "bytes 0-25/100")))
                        .bodyText())
                .isEqualTo(page);
        assertThat(get(answering(200, List.of(page), Header.of("content-type", "text/html; charset=UTF-16")))
                        .bodyText())
                .isEqualTo(page);
        assertThat(get(answering(304, List.of(""), HTML)).bodyText()).isEmpty();
        assertThat(get(answering(200, List.of(page))).bodyText()).isEqualTo(page);
    }

    @Test
    void anErrorPageInHtmlGetsTheScriptSoItReloadsOnceTheFixIsSwappedIn() throws Exception {
        RawResponse response = get(answering(500, List.of("<body>boom</body>"), HTML));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText()).isEqualTo("<body>boom" + SCRIPT + "</body>");
    }

    @Test
    void aPathTheScriptCouldNotNameSafelyIsRefusedWithTheOptionsName() {
        assertThatThrownBy(() -> Plugins.wrap(new LiveReloadPlugin(), http((s, r, t) -> {}), "path=live\"reload"))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("plugin 'live-reload', option 'path'")
                .hasMessageContaining("a path starting with /");
    }
}
