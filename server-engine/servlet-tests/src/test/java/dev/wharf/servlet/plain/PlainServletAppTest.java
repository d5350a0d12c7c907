package dev.wharf.servlet.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.testing.Http;
import dev.wharf.servlet.testing.WharfServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain servlet + filter application, declared by annotations alone, behind a real Wharf worker. */
class PlainServletAppTest {

    @TempDir
    static Path appDir;

    static PlainApp.Served served;
    static WharfServer server;

    @BeforeAll
    static void start() throws Exception {
        served = PlainApp.serve(appDir);
        server = served.server();
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
    }

    @Test
    void filterRunsBeforeTheServletAndItsRequestAttributeReachesIt() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/echo/a/b?x=1&y=%20"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-filtered")).hasValue("yes");
        assertThat(response.body())
                .contains("stamp=filtered")
                .contains("servletPath=/echo")
                .contains("pathInfo=/a/b")
                .contains("query=x=1&y=%20")
                .contains("requestUri=/echo/a/b")
                .contains("requestUrl=http://127.0.0.1:" + server.port() + "/echo/a/b")
                .contains("match=PATH");
    }

    @Test
    void requestHeadersAreFoundInAnyCaseWithEveryValue() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(server.uri("/echo/"))
                .header("X-Test", "one")
                .header("X-Test", "two")
                .header("Accept-Language", "fr-CH, de;q=0.5")
                .GET()
                .build());

        assertThat(response.body())
                .contains("xTest=[one, two]")
                .contains("userAgentByAnyCase=true")
                .contains("locale=fr-CH");
    }

    @Test
    void connectionFactsComeFromTheScope() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/echo/"));

        assertThat(response.body())
                .contains("remoteAddr=127.0.0.1")
                .contains("remotePort>0=true")
                .contains("scheme=http")
                .contains("secure=false")
                .contains("serverName=127.0.0.1")
                .contains("serverPort=" + server.port())
                .contains("protocol=HTTP/1.1");
    }

    @Test
    void extensionMappingGivesTheWholePathAsServletPath() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/reports/year.do"));

        assertThat(response.body())
                .contains("servletPath=/reports/year.do")
                .contains("pathInfo=null")
                .contains("match=EXTENSION");
    }

    @Test
    void unmappedPathIsA404PageAfterTheFiltersRan() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/nowhere"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-filtered")).hasValue("yes");
        assertThat(response.body()).contains("404 Not Found");
    }

    @Test
    void formParametersComeFromTheQueryAndTheUrlEncodedBody() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(server.uri("/form?q=search"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=J%C3%BCrgen+Z&tag=a&tag=b"))
                .build());

        assertThat(response.body()).isEqualTo("name=Jürgen Z tags=a,b q=search");
    }

    @Test
    void cookiesAreReadAndSetWithTheirAttributes() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(server.uri("/cookies"))
                .header("Cookie", "other=1; flavour=\"hazelnut\"")
                .GET()
                .build());

        assertThat(response.body()).isEqualTo("flavour=hazelnut");
        String setCookie = response.headers().firstValue("set-cookie").orElseThrow();
        assertThat(setCookie)
                .startsWith("seen=yes")
                .contains("; Path=/cookies")
                .contains("; Max-Age=60")
                .contains("; Expires=")
                .contains("; HttpOnly")
                .contains("; SameSite=Lax");
    }

    @Test
    void sendRedirectAnswersFoundWithAnAbsoluteLocationAndDropsTheBuffer() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/pages/old"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("location"))
                .hasValue("http://127.0.0.1:" + server.port() + "/pages/new?from=old");
        assertThat(response.body()).doesNotContain("dropped");
    }

    @Test
    void sendErrorAnswersWithASmallHtmlPageThatEscapesTheMessage() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/secret"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/html;charset=utf-8");
        assertThat(response.body()).contains("403 Forbidden").contains("&lt;b&gt;no&lt;/b&gt; entry");
    }

    @Test
    void headAnswersTheLengthOfTheGetWithoutItsBody() throws Exception {
        HttpResponse<String> get = Http.get(server.uri("/cookies"));
        HttpResponse<String> head = Http.send(Http.request(server.uri("/cookies"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("content-length"))
                .hasValue(get.body().length());
    }

    @Test
    void smallResponseHasAContentLengthAndAFlushedOneIsChunked() throws Exception {
        HttpResponse<String> small = Http.get(server.uri("/cookies"));
        HttpResponse<String> flushed = Http.get(server.uri("/flushed"));

        assertThat(small.headers().firstValue("content-length")).isPresent();
        assertThat(flushed.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(flushed.body()).isEqualTo("first second committedBefore=false after=true");
    }

    @Test
    void contextAttributeSetByAServletIsInTheWorkersAppState() throws Exception {
        Http.get(server.uri("/hits"));
        HttpResponse<String> second = Http.get(server.uri("/hits"));

        int hits = Integer.parseInt(second.body().substring("hits=".length()));
        assertThat(server.appState()).containsEntry("hits", hits);
    }

    @Test
    void rootPathIsTheContextPath(@TempDir Path otherDir) throws Exception {
        try (PlainApp.Served mounted = PlainApp.serve(otherDir, ServletSettings.defaults(), "/shop")) {
            HttpResponse<String> echo = Http.get(mounted.server().uri("/echo/x"));
            HttpResponse<String> counter = Http.get(mounted.server().uri("/counter"));

            assertThat(echo.body())
                    .contains("contextPath=/shop")
                    .contains("servletPath=/echo")
                    .contains("pathInfo=/x")
                    .contains("requestUri=/shop/echo/x");
            assertThat(counter.headers().firstValue("set-cookie").orElseThrow()).contains("; Path=/shop");
        }
    }
}
