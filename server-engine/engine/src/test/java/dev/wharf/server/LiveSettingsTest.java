package dev.wharf.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.wharf.asgi.App;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.LimitOptions;
import dev.wharf.config.catalog.LoggingOptions;
import dev.wharf.config.catalog.ProxyOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.setting.LogLevel;
import dev.wharf.logging.LogLevels;
import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RunningServer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A running worker takes keep-alive, concurrency limit, proxy trust, access log and log level without a restart. */
class LiveSettingsTest {

    private static final String GET = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";

    @AfterEach
    void restoreLogLevel() {
        LogLevels.apply(LogLevel.INFO);
    }

    private static Settings settingsOf(RunningServer server) {
        return server.server().config().settings();
    }

    @Test
    void aShorterKeepAliveReachesConnectionsAlreadyIdle() throws Exception {
        try (RunningServer server =
                        RunningServer.start(Apps.text("ok"), b -> b.timeoutKeepAlive(Duration.ofMinutes(10)));
                RawHttpClient client = server.connect()) {
            client.send(GET).read();
            AppliedSettings result = server.server()
                    .applySettings(settingsOf(server).with(TimeoutOptions.TIMEOUT_KEEP_ALIVE, Duration.ofMillis(200)));
            assertThat(result.applied()).containsExactly(TimeoutOptions.TIMEOUT_KEEP_ALIVE);
            // its timer was due in ten minutes: the change re-arms it
            assertThat(client.isClosedByServer(5_000)).isTrue();
        }
    }

    @Test
    void aConcurrencyLimitAppliedLiveRefusesTheNextRequest() throws Exception {
        CountDownLatch inApp = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        App app = Apps.http((scope, receive, send) -> {
            receive.receive();
            inApp.countDown();
            release.await();
            Apps.respond(send, 200, "ok");
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient held = server.connect()) {
            held.send(GET);
            inApp.await();
            server.server().applySettings(settingsOf(server).with(LimitOptions.LIMIT_CONCURRENCY, 1));
            try (RawHttpClient refused = server.connect()) {
                assertThat(refused.send(GET).read().status()).isEqualTo(503);
            }
            release.countDown();
            assertThat(held.read().status()).isEqualTo(200);
        }
    }

    @Test
    void aNewTrustListDecidesWhoseForwardedHeadersCount() throws Exception {
        App who = Apps.http((scope, receive, send) -> {
            receive.receive();
            Apps.respond(send, 200, scope.client().host());
        });
        String forwarded = "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.7\r\n\r\n";
        try (RunningServer server = RunningServer.start(who);
                RawHttpClient client = server.connect()) {
            assertThat(client.send(forwarded).read().bodyText()).isEqualTo("203.0.113.7");
            server.server().applySettings(settingsOf(server).with(ProxyOptions.FORWARDED_ALLOW_IPS, "10.0.0.1"));
            assertThat(client.send(forwarded).read().bodyText()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void theAccessLogCanBeSwitchedOffAndOnLive() throws Exception {
        try (LogCapture access = LogCapture.of("wharf.access");
                RunningServer server = RunningServer.start(Apps.text("ok"), b -> b.accessLog(true));
                RawHttpClient client = server.connect()) {
            client.send(GET).read();
            server.server().applySettings(settingsOf(server).with(LoggingOptions.ACCESS_LOG, false));
            client.send("GET /quiet HTTP/1.1\r\nHost: x\r\n\r\n").read();
            server.server().applySettings(settingsOf(server).with(LoggingOptions.ACCESS_LOG, true));
            client.send("GET /loud HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(access.messages())
                    .hasSize(2)
                    .noneMatch(line -> line.contains("/quiet"))
                    .anyMatch(line -> line.contains("/loud"));
        }
    }

    @Test
    void theLogLevelIsAppliedLive() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("ok"))) {
            server.server().applySettings(settingsOf(server).with(LoggingOptions.LOG_LEVEL, LogLevel.WARNING));
            ch.qos.logback.classic.Logger root =
                    (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            assertThat(root.getLevel()).isEqualTo(Level.WARN);
        }
    }

    @Test
    void settingsThatNeedARestartAreReportedAndLeftAlone() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("ok"))) {
            int port = server.port();
            AppliedSettings result = server.server()
                    .applySettings(settingsOf(server)
                            .with(ServerOptions.BACKLOG, 10)
                            .with(ServerOptions.SERVER_HEADER, false)
                            .with(TimeoutOptions.TIMEOUT_KEEP_ALIVE, Duration.ofSeconds(9)));
            assertThat(result.applied()).containsExactly(TimeoutOptions.TIMEOUT_KEEP_ALIVE);
            assertThat(result.needRestart()).containsExactly(ServerOptions.BACKLOG, ServerOptions.SERVER_HEADER);
            assertThat(settingsOf(server).get(ServerOptions.BACKLOG)).isEqualTo(2048);
            try (RawHttpClient client = RawHttpClient.connect(port)) {
                assertThat(client.send(GET).read().header("server")).contains("wharf");
            }
        }
    }
}
