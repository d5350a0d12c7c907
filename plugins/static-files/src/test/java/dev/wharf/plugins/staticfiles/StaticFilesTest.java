package dev.wharf.plugins.staticfiles;

import static dev.wharf.testing.Apps.http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import dev.wharf.config.Config;
import dev.wharf.plugins.PluginException;
import dev.wharf.testing.Apps;
import dev.wharf.testing.Plugins;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaticFilesTest {

    private static final Instant MODIFIED = Instant.parse("2024-05-06T07:08:09Z");

    @TempDir
    Path tmp;

    Path site;

    /** Answers what reaches it, so a test sees whether the plugin passed a request on. */
    private final App app = http((scope, receive, send) -> {
        receive.receive();
        Apps.respond(send, 200, "app: " + scope.method() + " " + scope.path());
    });

    @BeforeEach
    void aSite() throws Exception {
        site = Files.createDirectory(tmp.resolve("site"));
        write("index.html", "<h1>home</h1>");
        write("app.js", "console.log('hi')");
        write("style.css", "body{}");
        write("data.json", "{}");
        write("logo.svg", "<svg/>");
        write("notes.unknownext", "?");
        write("with space+plus.txt", "spaced");
        write("docs/index.html", "<h1>docs</h1>");
        Files.createDirectories(site.resolve("empty"));
    }

    private void write(String name, String text) throws Exception {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
    }

    private RunningServer serve(String... options) throws Exception {
        return serve(b -> b, options);
    }

    private RunningServer serve(UnaryOperator<Config.Builder> settings, String... options) throws Exception {
        String[] all = new String[options.length + 1];
        all[0] = "directory=" + site;
        System.arraycopy(options, 0, all, 1, options.length);
        return RunningServer.start(Plugins.wrap(new StaticFilesPlugin(), app, all), settings);
    }

    private static RawResponse get(RunningServer server, String target, String headers) throws Exception {
        try (RawHttpClient client = server.connect()) {
            return client.send("GET " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n")
                    .read();
        }
    }

    @Test
    void aFileUnderThePrefixIsServedWithItsTypeLengthAndValidators() throws Exception {
        try (RunningServer server = serve()) {
            RawResponse response = get(server, "/static/app.js", "");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("console.log('hi')");
            assertThat(response.header("content-type")).contains("text/javascript; charset=utf-8");
            assertThat(response.header("content-length")).contains("17");
            assertThat(response.header("last-modified")).contains("Mon, 06 May 2024 07:08:09 GMT");
            assertThat(response.header("etag"))
                    .hasValueSatisfying(etag -> assertThat(etag).matches("\"[0-9a-f]+-11\""));
            assertThat(response.header("cache-control")).contains("no-cache");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "style.css, text/css; charset=utf-8",
        "data.json, application/json",
        "logo.svg, image/svg+xml",
        "index.html, text/html; charset=utf-8",
        "notes.unknownext, application/octet-stream",
        "with%20space+plus.txt, text/plain; charset=utf-8"
    })
    void eachFileGetsTheContentTypeOfItsExtension(String file, String type) throws Exception {
        try (RunningServer server = serve()) {
            RawResponse response = get(server, "/static/" + file, "");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("content-type")).contains(type);
        }
    }

    @Test
    void aClientWithACurrentCopyGets304WithoutABody() throws Exception {
        try (RunningServer server = serve()) {
            String etag = get(server, "/static/app.js", "").header("etag").orElseThrow();
            RawResponse byEtag = get(server, "/static/app.js", "If-None-Match: \"other\", " + etag + "\r\n");
            assertThat(byEtag.status()).isEqualTo(304);
            assertThat(byEtag.body()).isEmpty();
            assertThat(byEtag.header("etag")).contains(etag);
            assertThat(get(server, "/static/app.js", "If-None-Match: W/" + etag + "\r\n")
                            .status())
                    .isEqualTo(304);
            assertThat(get(server, "/static/app.js", "If-None-Match: \"stale\"\r\n")
                            .status())
                    .isEqualTo(200);

            assertThat(get(server, "/static/app.js", "If-Modified-Since: Mon, 06 May 2024 07:08:09 GMT\r\n")
                            .status())
                    .isEqualTo(304);
            assertThat(get(server, "/static/app.js", "If-Modified-Since: Mon, 06 May 2024 07:08:08 GMT\r\n")
                            .status())
                    .isEqualTo(200);
            assertThat(get(server, "/static/app.js", "If-Modified-Since: yesterday\r\n")
                            .status())
                    .isEqualTo(200);
            // If-None-Match decides when both are sent.
            assertThat(get(
                                    server,
                                    "/static/app.js",
                                    "If-None-Match: \"stale\"\r\nIf-Modified-Since: Mon, 06 May 2024 07:08:09 GMT\r\n")
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void headGetsTheHeadersOfGetWithoutTheBody() throws Exception {
        try (RunningServer server = serve();
                RawHttpClient client = server.connect()) {
            RawResponse head = client.send("HEAD /static/app.js HTTP/1.1\r\nHost: x\r\n\r\n")
                    .readHead();
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("content-length")).contains("17");
            assertThat(head.header("content-type")).contains("text/javascript; charset=utf-8");
            RawResponse next = client.send("GET /static/style.css HTTP/1.1\r\nHost: x\r\n\r\n")
                    .read();
            assertThat(next.bodyText()).isEqualTo("body{}"); // nothing of the HEAD's body was left on the connection
        }
    }

    @Test
    void aFolderIsAnsweredWithItsIndexHtmlAtItsPathWithASlash() throws Exception {
        try (RunningServer server = serve()) {
            assertThat(get(server, "/static/", "").bodyText()).isEqualTo("<h1>home</h1>");
            assertThat(get(server, "/static/docs/", "").bodyText()).isEqualTo("<h1>docs</h1>");
            RawResponse redirect = get(server, "/static/docs?page=2", "");
            assertThat(redirect.status()).isEqualTo(307);
            assertThat(redirect.header("location")).contains("/static/docs/?page=2");
            assertThat(get(server, "/static/empty/", "").bodyText()).isEqualTo("app: GET /static/empty/");
        }
        try (RunningServer server = serve("index_html=false")) {
            assertThat(get(server, "/static/docs/", "").bodyText()).isEqualTo("app: GET /static/docs/");
        }
    }

    @Test
    void aLargeFileArrivesWhole() throws Exception {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        Files.write(site.resolve("big.bin"), bytes);
        try (RunningServer server = serve()) {
            RawResponse response = get(server, "/static/big.bin", "");
            assertThat(response.header("content-length")).contains("300000");
            assertThat(response.body()).isEqualTo(bytes);
        }
    }

    @Test
    void whatTheFolderDoesNotHaveGoesToTheAppByDefault() throws Exception {
        try (RunningServer server = serve();
                RawHttpClient client = server.connect()) {
            assertThat(get(server, "/static/missing.js", "").bodyText()).isEqualTo("app: GET /static/missing.js");
            assertThat(get(server, "/api/items", "").bodyText()).isEqualTo("app: GET /api/items");
            assertThat(get(server, "/staticky/app.js", "").bodyText()).isEqualTo("app: GET /staticky/app.js");
            RawResponse post = client.send("POST /static/app.js HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                    .read();
            assertThat(post.bodyText()).isEqualTo("app: POST /static/app.js");
        }
    }

    @Test
    void notFound404AnswersMissingFilesItself() throws Exception {
        try (RunningServer server = serve("not_found=404")) {
            RawResponse missing = get(server, "/static/missing.js", "");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.bodyText()).isEqualTo("Not Found");
            assertThat(get(server, "/other", "").bodyText()).isEqualTo("app: GET /other");
        }
    }

    @Test
    void prefixSlashServesTheFolderAtTheRootAndRootPathIsRespected() throws Exception {
        try (RunningServer server = serve("prefix=/")) {
            assertThat(get(server, "/app.js", "").bodyText()).isEqualTo("console.log('hi')");
            assertThat(get(server, "/", "").bodyText()).isEqualTo("<h1>home</h1>");
        }
        try (RunningServer server = serve(b -> b.rootPath("/shop"), "prefix=/assets")) {
            assertThat(get(server, "/assets/app.js", "").bodyText()).isEqualTo("console.log('hi')");
        }
    }

    @Test
    void badOptionValuesAreRefusedNamingThePluginTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> Plugins.wrap(
                        new StaticFilesPlugin(),
                        app,
                        "directory=" + tmp.resolve("nope"),
                        "prefix=/static/",
                        "not_found=410"))
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.problems())
                                .extracting(Object::toString)
                                .containsExactly(
                                        "plugin 'static-files', option 'directory': '" + tmp.resolve("nope")
                                                + "' is not allowed; use an existing folder",
                                        "plugin 'static-files', option 'prefix': '/static/' is not allowed; "
                                                + "use a path like /static or /: starting with '/', without a trailing '/'",
                                        "plugin 'static-files', option 'not_found': '410' is not one of the choices; use one of pass, 404"));
        assertThatThrownBy(() -> Plugins.wrap(new StaticFilesPlugin(), app))
                .hasMessageContaining(
                        "plugin 'static-files', option 'directory': a value is required (an existing folder); "
                                + "set it with directory=VALUE");
    }

    @Test
    void isFoundOnTheClassPathUnderItsId() throws Exception {
        assertThat(Plugins.discovered("static-files").plugin()).isInstanceOf(StaticFilesPlugin.class);
    }
}
