package dev.wharf.worker;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Bytes;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.LifespanShutdownComplete;
import dev.wharf.asgi.LifespanStartupComplete;
import dev.wharf.config.Config;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.config.setting.LogLevel;
import dev.wharf.control.SettingsJson;
import dev.wharf.importer.AppImporter;
import dev.wharf.importer.LoadedApp;
import dev.wharf.logging.LogLevels;
import dev.wharf.server.Server;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a spare worker does while it waits for a generation to adopt it: runs a server of its own on
 * a private loopback port, with a small app of its own, through lifespan and a few requests, then
 * shuts it down. Serving the real app afterwards then finds Netty, the HTTP pipeline, lifespan and
 * the virtual-thread scheduler loaded and initialised, so an adopted spare only loads the app's own
 * classes. Quiet: nothing of it reaches the worker's log, and a failure only costs the head start.
 * It stops early once the supervisor adopts the spare: serving the real app comes first.
 */
final class SpareWarmUp {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final int REQUESTS = 8;

    /** The warm-up's app, public so that the warm-up loads it through the app importer as a real app is loaded. */
    public static final App WARM_UP_APP = (scope, receive, send) -> {
        if (scope instanceof LifespanScope) {
            receive.receive();
            send.send(new LifespanStartupComplete());
            receive.receive();
            send.send(new LifespanShutdownComplete());
        } else if (scope instanceof HttpScope) {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/plain"))));
            send.send(new HttpResponseBody(Bytes.bytes("warm"), false));
        }
    };

    private SpareWarmUp() {}

    static void run(BooleanSupplier adopted) {
        if (adopted.getAsBoolean()) {
            return;
        }
        LogLevels.apply(LogLevel.CRITICAL);
        try {
            // The settings make the same round trip through JSON as the supervisor's.
            Config config = new Config(
                    SettingsJson.decode(SettingsJson.encode(Config.builder(SpareWarmUp.class.getName() + ":WARM_UP_APP")
                            .host("127.0.0.1")
                            .port(0)
                            .accessLog(false)
                            .lifespan(LifespanMode.ON)
                            .build()
                            .settings())));
            serveBriefly(config, new AppImporter().load(config.importRequest()), adopted);
        } catch (Exception e) {
            log.debug("A spare worker's warm-up server did not start: {}", e.toString());
        }
    }

    /**
     * Serves {@code app} on a private loopback port through lifespan and a few requests, then shuts
     * it down; it stops early once {@code adopted} says so.
     */
    static void serveBriefly(Config config, LoadedApp app, BooleanSupplier adopted) throws Exception {
        Server server = new Server(config, app);
        server.start();
        try {
            for (int i = 0; i < REQUESTS && !adopted.getAsBoolean(); i++) {
                request(server.port());
            }
        } catch (IOException e) {
            log.debug("A spare worker's warm-up request failed: {}", e.toString());
        } finally {
            try {
                server.shutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void request(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write("GET / HTTP/1.1\r\nHost: warm-up\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // the response up to the server's close
            }
        }
    }
}
