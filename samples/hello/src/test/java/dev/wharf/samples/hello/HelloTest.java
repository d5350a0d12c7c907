package dev.wharf.samples.hello;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.setting.LifespanMode;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelloTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/anything?x=1"})
    void answersEveryRequestWithHelloFromAsgi(String path) throws Exception {
        try (RunningServer server = RunningServer.start(new Hello());
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("content-type")).contains("text/plain; charset=utf-8");
            assertThat(response.bodyText()).isEqualTo("hello from ASGI");
        }
    }

    @Test
    void declinesLifespanByReturning() throws Exception {
        RunningServer server = RunningServer.start(new Hello(), b -> b.lifespan(LifespanMode.ON));
        assertThat(server.stop()).isTrue();
    }
}
