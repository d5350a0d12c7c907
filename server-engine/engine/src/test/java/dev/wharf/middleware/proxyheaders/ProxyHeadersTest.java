package dev.wharf.middleware.proxyheaders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.App;
import dev.wharf.config.Config;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RunningServer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Proxy headers over real sockets: who is believed, and what a client cannot fake. */
class ProxyHeadersTest {

    /** Answers "client scheme" as the app sees them. */
    private static final App WHO = Apps.http((scope, receive, send) -> {
        receive.receive();
        Apps.respond(send, 200, scope.client() + " " + scope.scheme());
    });

    private static String ask(UnaryOperator<Config.Builder> settings, String from, String headers) throws Exception {
        try (RunningServer server = RunningServer.start(WHO, settings);
                RawHttpClient client = RawHttpClient.connectFrom(from, server.port())) {
            return client.send("GET / HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n")
                    .read()
                    .bodyText();
        }
    }

    @Test
    void aTrustedProxySetsClientAndScheme() throws Exception {
        String seen = ask(b -> b, "127.0.0.1", "X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\n");
        assertThat(seen).isEqualTo("203.0.113.7:0 https");
    }

    @Test
    void anUntrustedPeerCannotSpoofItsAddressOrScheme() throws Exception {
        // 127.0.0.2 is not in the default trust list (127.0.0.1)
        String seen = ask(b -> b, "127.0.0.2", "X-Forwarded-For: 10.9.9.9\r\nX-Forwarded-Proto: https\r\n");
        assertThat(seen).startsWith("127.0.0.2:").endsWith(" http");
    }

    @Test
    void aClientCannotHideBehindTheAddressItPrependsToOurProxysHeader() throws Exception {
        String seen = ask(
                b -> b.forwardedAllowIps("127.0.0.1, 10.0.0.0/8"),
                "127.0.0.1",
                "X-Forwarded-For: 1.2.3.4, 198.51.100.9, 10.0.0.5\r\n");
        assertThat(seen).isEqualTo("198.51.100.9:0 http");
    }

    @Test
    void severalForwardedForLinesAreOneList() throws Exception {
        String seen = ask(
                b -> b.forwardedAllowIps("127.0.0.1, 10.0.0.0/8"),
                "127.0.0.1",
                "X-Forwarded-For: 198.51.100.9\r\nX-Forwarded-For: 10.0.0.5\r\n");
        assertThat(seen).isEqualTo("198.51.100.9:0 http");
    }

    @Test
    void withProxyHeadersOffEvenTheTrustedProxyIsIgnored() throws Exception {
        String seen = ask(
                b -> b.proxyHeaders(false),
                "127.0.0.1",
                "X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\n");
        assertThat(seen).startsWith("127.0.0.1:").endsWith(" http");
    }

    @Test
    void anUnknownProtoIsIgnored() throws Exception {
        String seen = ask(b -> b, "127.0.0.1", "X-Forwarded-Proto: gopher\r\n");
        assertThat(seen).endsWith(" http");
    }
}
