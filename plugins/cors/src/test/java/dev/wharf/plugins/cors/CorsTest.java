package dev.wharf.plugins.cors;

import static dev.wharf.testing.Apps.http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import dev.wharf.plugins.PluginException;
import dev.wharf.testing.Apps;
import dev.wharf.testing.Plugins;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CorsTest {

    private static final String FRONT_END = "http://localhost:5173";

    /** Counts the requests that reach it, and answers each with its method. */
    private final AtomicInteger appCalls = new AtomicInteger();

    private final App app = http((scope, receive, send) -> {
        appCalls.incrementAndGet();
        receive.receive();
        Apps.respond(send, 200, "app saw " + scope.method());
    });

    private RawResponse request(String head, String... options) throws Exception {
        App wrapped = Plugins.wrap(new CorsPlugin(), app, options);
        try (RunningServer server = RunningServer.start(wrapped);
                RawHttpClient client = server.connect()) {
            return client.send(head + "Host: x\r\n\r\n").read();
        }
    }

    private static void assertNoCorsHeaders(RawResponse response) {
        assertThat(response.headers()).noneMatch(h -> h[0].toLowerCase().startsWith("access-control-"));
    }

    @Test
    void aRequestFromAnAllowedOriginReachesTheAppAndGetsTheCorsHeaders() throws Exception {
        RawResponse response =
                request("GET /items HTTP/1.1\r\nOrigin: " + FRONT_END + "\r\n", "allow_origins=" + FRONT_END);
        assertThat(response.bodyText()).isEqualTo("app saw GET");
        assertThat(response.header("access-control-allow-origin")).contains(FRONT_END);
        assertThat(response.header("vary")).contains("Origin");
        assertThat(response.header("access-control-allow-credentials")).isEmpty();
    }

    @Test
    void aRequestFromAnOriginNotAllowedGetsNoCorsHeaders() throws Exception {
        RawResponse response = request(
                "GET /items HTTP/1.1\r\nOrigin: https://elsewhere.test\r\n",
                "allow_origins=" + FRONT_END,
                "expose_headers=X-Total-Count",
                "allow_credentials=true");
        assertThat(response.bodyText()).isEqualTo("app saw GET");
        assertNoCorsHeaders(response);
        assertThat(response.header("vary")).contains("Origin");
    }

    @Test
    void aRequestWithoutOriginPassesThroughUntouched() throws Exception {
        RawResponse response = request("GET /items HTTP/1.1\r\n", "allow_origins=*");
        assertThat(response.bodyText()).isEqualTo("app saw GET");
        assertNoCorsHeaders(response);
        assertThat(response.header("vary")).isEmpty();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredByThePlugin() throws Exception {
        RawResponse response = request(
                "OPTIONS /items HTTP/1.1\r\nOrigin: " + FRONT_END + "\r\n"
                        + "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: Authorization, content-type\r\n",
                "allow_origins=" + FRONT_END,
                "allow_methods=get,post",
                "allow_headers=Authorization",
                "max_age=120");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("OK");
        assertThat(response.header("access-control-allow-origin")).contains(FRONT_END);
        assertThat(response.header("access-control-allow-methods")).contains("GET, POST");
        assertThat(response.header("access-control-allow-headers"))
                .contains("accept, accept-language, authorization, content-language, content-type");
        assertThat(response.header("access-control-max-age")).contains("120");
        assertThat(response.header("vary")).contains("Origin");
        assertThat(appCalls).hasValue(0);
    }

    @Test
    void aPreflightFromAnOriginNotAllowedIsRefusedWith400AndNoCorsHeaders() throws Exception {
        RawResponse response = request(
                "OPTIONS /items HTTP/1.1\r\nOrigin: https://elsewhere.test\r\n"
                        + "Access-Control-Request-Method: GET\r\n",
                "allow_origins=" + FRONT_END);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).isEqualTo("Disallowed CORS origin");
        assertNoCorsHeaders(response);
        assertThat(appCalls).hasValue(0);
    }

    @Test
    void aPreflightAskingForAMethodOrHeaderNotAllowedIsRefusedNamingThem() throws Exception {
        RawResponse response = request(
                "OPTIONS /items HTTP/1.1\r\nOrigin: " + FRONT_END + "\r\n"
                        + "Access-Control-Request-Method: DELETE\r\nAccess-Control-Request-Headers: x-api-key\r\n",
                "allow_origins=" + FRONT_END);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).isEqualTo("Disallowed CORS method, headers");
        assertThat(response.header("access-control-allow-methods")).contains("GET");
    }

    @Test
    void anyHeaderAllowedEchoesTheRequestedOnes() throws Exception {
        RawResponse response = request(
                "OPTIONS / HTTP/1.1\r\nOrigin: " + FRONT_END + "\r\n"
                        + "Access-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: X-Api-Key, X-Trace\r\n",
                "allow_origins=*",
                "allow_methods=*",
                "allow_headers=*");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("access-control-allow-origin")).contains("*");
        assertThat(response.header("access-control-allow-methods"))
                .contains("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT");
        assertThat(response.header("access-control-allow-headers")).contains("x-api-key, x-trace");
    }

    @Test
    void anOptionsRequestThatIsNoPreflightReachesTheApp() throws Exception {
        RawResponse response =
                request("OPTIONS /items HTTP/1.1\r\nOrigin: " + FRONT_END + "\r\n", "allow_origins=" + FRONT_END);
        assertThat(response.bodyText()).isEqualTo("app saw OPTIONS");
        assertThat(response.header("access-control-allow-origin")).contains(FRONT_END);
    }

    @Test
    void everyOriginAllowedAnswersStarUnlessCredentialsAreAllowed() throws Exception {
        RawResponse open = request("GET / HTTP/1.1\r\nOrigin: https://any.test\r\n", "allow_origins=*");
        assertThat(open.header("access-control-allow-origin")).contains("*");
        assertThat(open.header("vary")).isEmpty();

        RawResponse credentialed = request(
                "GET / HTTP/1.1\r\nOrigin: https://any.test\r\n",
                "allow_origins=*",
                "allow_credentials=true",
                "expose_headers=X-Total-Count,Content-Disposition");
        assertThat(credentialed.header("access-control-allow-origin")).contains("https://any.test");
        assertThat(credentialed.header("access-control-allow-credentials")).contains("true");
        assertThat(credentialed.header("access-control-expose-headers")).contains("X-Total-Count, Content-Disposition");
        assertThat(credentialed.header("vary")).contains("Origin");
    }

    @Test
    void originsMatchingTheRegexInFullAreAllowed() throws Exception {
        String regex = "allow_origin_regex=https://[a-z0-9-]+\\.example\\.com";
        RawResponse preview = request("GET / HTTP/1.1\r\nOrigin: https://pr-12.example.com\r\n", regex);
        assertThat(preview.header("access-control-allow-origin")).contains("https://pr-12.example.com");
        RawResponse lookalike = request("GET / HTTP/1.1\r\nOrigin: https://pr-12.example.com.evil.test\r\n", regex);
        assertNoCorsHeaders(lookalike);
    }

    @Test
    void badOptionValuesAreRefusedNamingThePluginTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> Plugins.wrap(
                        new CorsPlugin(),
                        app,
                        "allow_origins=http://localhost:5173/",
                        "allow_origin_regex=https://(",
                        "max_age=-1"))
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.problems())
                                .extracting(Object::toString)
                                .containsExactly(
                                        "plugin 'cors', option 'allow_origins': 'http://localhost:5173/' is not allowed; use "
                                                + "origins like https://example.com or http://localhost:5173 (no path, no trailing '/'), or *",
                                        "plugin 'cors', option 'allow_origin_regex': 'https://(' is not allowed; use a Java regular expression that compiles",
                                        "plugin 'cors', option 'max_age': -1 is out of range; use seconds, at least 0"));
    }

    @Test
    void isFoundOnTheClassPathUnderItsId() throws Exception {
        assertThat(Plugins.discovered("cors").plugin()).isInstanceOf(CorsPlugin.class);
    }
}
