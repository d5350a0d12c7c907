package dev.wharf.cli;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * CTRL+C and SIGTERM as Uvicorn treats them: the first asks for a graceful shutdown, a second one
 * forces it. Handled as signals rather than shutdown hooks so the graceful path runs on the main
 * thread with the JVM fully alive, and a second CTRL+C can still cut it short.
 */
final class ShutdownSignals {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final CountDownLatch requested = new CountDownLatch(1);
    private final Runnable onForce;

    private ShutdownSignals(Runnable onForce) {
        this.onForce = onForce;
    }

    static ShutdownSignals install(Runnable onForce) {
        ShutdownSignals signals = new ShutdownSignals(onForce);
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> signals.received());
            } catch (IllegalArgumentException e) {
                log.debug("Signal {} cannot be handled on this platform", name);
            }
        }
        return signals;
    }

    private void received() {
        if (requested.getCount() == 0) {
            onForce.run();
        } else {
            requested.countDown();
        }
    }

    /** The server asks to end by itself (its request limit was reached): as a first CTRL+C. */
    void requestShutdown() {
        requested.countDown();
    }

    void awaitShutdownRequest() throws InterruptedException {
        requested.await();
    }
}
