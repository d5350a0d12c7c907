package dev.wharf.lifespan;

import dev.wharf.asgi.App;
import dev.wharf.asgi.AsgiVersion;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.LifespanShutdown;
import dev.wharf.asgi.LifespanShutdownComplete;
import dev.wharf.asgi.LifespanShutdownFailed;
import dev.wharf.asgi.LifespanStartup;
import dev.wharf.asgi.LifespanStartupComplete;
import dev.wharf.asgi.LifespanStartupFailed;
import dev.wharf.asgi.Message;
import dev.wharf.config.setting.LifespanMode;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --lifespan auto|on}: runs the application's lifespan scope on its own virtual thread for
 * the worker's whole life, with Uvicorn's semantics. In {@code auto}, an app that raises on the
 * lifespan scope is taken as not supporting lifespan; in {@code on}, that stops the worker.
 * An app that returns without answering (as the seed's hello does) is taken as having nothing to do.
 */
public final class LifespanOn implements Lifespan {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final App app;
    private final LifespanMode mode;
    private final ClassLoader appClassLoader;
    private final Map<String, Object> state = new ConcurrentHashMap<>();
    private final BlockingQueue<Message> toApp = new LinkedBlockingQueue<>();
    private final CountDownLatch startupEvent = new CountDownLatch(1);
    private final CountDownLatch shutdownEvent = new CountDownLatch(1);

    // Written by the lifespan thread before it counts a latch down, read after awaiting it.
    private volatile boolean startupFailed;
    private volatile boolean shutdownFailed;
    private volatile boolean errorOccurred;
    private volatile String failure;

    public LifespanOn(App app, LifespanMode mode, ClassLoader appClassLoader) {
        if (mode == LifespanMode.OFF) {
            throw new IllegalArgumentException("use LifespanOff for --lifespan off");
        }
        this.app = app;
        this.mode = mode;
        this.appClassLoader = appClassLoader;
    }

    @Override
    public boolean startup() throws InterruptedException {
        log.info("Waiting for application startup.");
        Thread thread = Thread.ofVirtual().name("asgi-lifespan").unstarted(this::main);
        thread.setContextClassLoader(appClassLoader);
        thread.start();
        toApp.add(new LifespanStartup());
        startupEvent.await();
        if (startupFailed || (errorOccurred && mode == LifespanMode.ON)) {
            log.error("Application startup failed. Exiting.");
            return false;
        }
        log.info("Application startup complete.");
        return true;
    }

    @Override
    public boolean shutdown() throws InterruptedException {
        if (errorOccurred) {
            return mode != LifespanMode.ON;
        }
        log.info("Waiting for application shutdown.");
        toApp.add(new LifespanShutdown());
        shutdownEvent.await();
        if (shutdownFailed || (errorOccurred && mode == LifespanMode.ON)) {
            log.error("Application shutdown failed. Exiting.");
            return false;
        }
        log.info("Application shutdown complete.");
        return true;
    }

    @Override
    public Map<String, Object> state() {
        return state;
    }

    @Override
    public String failureMessage() {
        return failure;
    }

    private void main() {
        try {
            app.call(new LifespanScope(AsgiVersion.LIFESPAN, state), toApp::take, this::send);
        } catch (Throwable e) {
            errorOccurred = true;
            if (!startupFailed && !shutdownFailed) {
                if (mode == LifespanMode.AUTO) {
                    log.info("ASGI 'lifespan' protocol appears unsupported.");
                    log.debug("The app raised on the lifespan scope", e);
                } else {
                    failure = e.toString();
                    log.error("Exception in 'lifespan' protocol", e);
                }
            }
        } finally {
            startupEvent.countDown();
            shutdownEvent.countDown();
        }
    }

    private void send(Message message) {
        switch (message) {
            case LifespanStartupComplete ignored -> {
                requireNotSet(startupEvent, message);
                startupEvent.countDown();
            }
            case LifespanStartupFailed failed -> {
                requireNotSet(startupEvent, message);
                startupFailed = true;
                failure = failed.message().isEmpty() ? "lifespan.startup.failed" : failed.message();
                if (!failed.message().isEmpty()) {
                    log.error(failed.message());
                }
                startupEvent.countDown();
            }
            case LifespanShutdownComplete ignored -> {
                requireSet(startupEvent, message);
                requireNotSet(shutdownEvent, message);
                shutdownEvent.countDown();
            }
            case LifespanShutdownFailed failed -> {
                requireSet(startupEvent, message);
                requireNotSet(shutdownEvent, message);
                shutdownFailed = true;
                if (!failed.message().isEmpty()) {
                    log.error(failed.message());
                }
                shutdownEvent.countDown();
            }
            default ->
                throw new IllegalStateException(
                        "Expected a lifespan.startup.* or lifespan.shutdown.* message, but got '" + message.type()
                                + "'.");
        }
    }

    private static void requireNotSet(CountDownLatch event, Message message) {
        if (event.getCount() == 0) {
            throw new IllegalStateException("Got invalid state transition on lifespan protocol: '" + message.type()
                    + "' sent twice or out of order.");
        }
    }

    private static void requireSet(CountDownLatch event, Message message) {
        if (event.getCount() != 0) {
            throw new IllegalStateException("Got invalid state transition on lifespan protocol: '" + message.type()
                    + "' sent before startup completed.");
        }
    }
}
