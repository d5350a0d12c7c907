package dev.wharf.servlet.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP sessions: in memory, per worker, found by the JSESSIONID cookie, expired when idle. */
class SessionTest {

    @TempDir
    Path appDir;

    @Test
    void sessionCarriesStateAcrossRequestsThroughAnHttpOnlyJsessionidCookie() throws Exception {
        try (PlainApp.Served served = PlainApp.serve(appDir)) {
            HttpResponse<String> first = Http.get(served.server().uri("/counter"));
            String setCookie = first.headers().firstValue("set-cookie").orElseThrow();
            HttpResponse<String> second = counterWith(served, cookieOf(setCookie));

            assertThat(first.body()).isEqualTo("count=1 new=true");
            assertThat(setCookie).startsWith("JSESSIONID=").contains("; Path=/").contains("; HttpOnly");
            assertThat(second.body()).isEqualTo("count=2 new=false");
            assertThat(second.headers().firstValue("set-cookie")).isEmpty();
            assertThat(served.app().activeSessions()).isEqualTo(1);
        }
    }

    @Test
    void newSessionsCookieSurvivesAResetOfTheResponse() throws Exception {
        try (PlainApp.Served served = PlainApp.serve(appDir)) {
            HttpResponse<String> first = Http.get(served.server().uri("/counter?reset"));

            assertThat(first.headers().firstValue("x-dropped")).isEmpty();
            String cookie = cookieOf(first.headers().firstValue("set-cookie").orElseThrow());
            assertThat(counterWith(served, cookie).body()).isEqualTo("count=2 new=false");
        }
    }

    @Test
    void anotherWorkerDoesNotKnowTheSession(@TempDir Path otherDir) throws Exception {
        try (PlainApp.Served one = PlainApp.serve(appDir);
                PlainApp.Served other = PlainApp.serve(otherDir)) {
            String cookie = cookieOf(Http.get(one.server().uri("/counter"))
                    .headers()
                    .firstValue("set-cookie")
                    .orElseThrow());

            HttpResponse<String> elsewhere = counterWith(other, cookie);

            assertThat(elsewhere.body()).isEqualTo("count=1 new=true");
            assertThat(cookieOf(elsewhere.headers().firstValue("set-cookie").orElseThrow()))
                    .isNotEqualTo(cookie);
            assertThat(one.app().activeSessions()).isEqualTo(1);
            assertThat(other.app().activeSessions()).isEqualTo(1);
        }
    }

    @Test
    void invalidatedSessionIsGoneAndTheNextRequestStartsAnother() throws Exception {
        try (PlainApp.Served served = PlainApp.serve(appDir)) {
            String cookie = cookieOf(Http.get(served.server().uri("/counter"))
                    .headers()
                    .firstValue("set-cookie")
                    .orElseThrow());

            Http.send(Http.request(served.server().uri("/counter?invalidate"))
                    .header("Cookie", cookie)
                    .build());
            int afterInvalidate = served.app().activeSessions();
            HttpResponse<String> next = counterWith(served, cookie);

            assertThat(afterInvalidate).isZero();
            assertThat(next.body()).isEqualTo("count=1 new=true");
        }
    }

    @Test
    void idleSessionExpiresAndIsSweptAway() throws Exception {
        ServletSettings quickSweep = ServletSettings.builder()
                .sessionSweepPeriod(Duration.ofMillis(100))
                .build();
        try (PlainApp.Served served = PlainApp.serve(appDir, quickSweep, "")) {
            String cookie = cookieOf(Http.get(served.server().uri("/counter?ttl=1"))
                    .headers()
                    .firstValue("set-cookie")
                    .orElseThrow());
            assertThat(served.app().activeSessions()).isEqualTo(1);

            await().atMost(Duration.ofSeconds(10)).until(() -> served.app().activeSessions() == 0);
            assertThat(counterWith(served, cookie).body()).isEqualTo("count=1 new=true");
        }
    }

    private static HttpResponse<String> counterWith(PlainApp.Served served, String cookie) throws Exception {
        return Http.send(Http.request(served.server().uri("/counter"))
                .header("Cookie", cookie)
                .build());
    }

    /** The {@code name=value} part of a {@code Set-Cookie}, as a client sends it back. */
    private static String cookieOf(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
