package dev.wharf.protocols.http;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Starts the app threads of every request an event-loop iteration decoded, together, once that
 * iteration's reads are done. Handing a burst of requests to the virtual-thread scheduler at once
 * wakes its carrier once per burst instead of once per request; on a busy worker that is the
 * difference between the carrier and the event loop taking turns per request or per batch.
 *
 * <p>One launcher per event loop thread, used only from that thread.
 */
final class AppLauncher {

    private static final ThreadFactory APP_THREADS =
            Thread.ofVirtual().name("asgi-http").factory();
    private static final FastThreadLocal<AppLauncher> PER_LOOP = new FastThreadLocal<>() {
        @Override
        protected AppLauncher initialValue() {
            return new AppLauncher();
        }
    };

    private final List<Runnable> pending = new ArrayList<>();
    private final Runnable launchAll = this::launchAll;
    private boolean scheduled;

    /** The launcher of the calling event loop. */
    static AppLauncher current() {
        return PER_LOOP.get();
    }

    void launch(Runnable app, EventExecutor loop) {
        pending.add(app);
        if (!scheduled) {
            scheduled = true;
            // Tasks run after the loop has processed this round of I/O events.
            loop.execute(launchAll);
        }
    }

    private void launchAll() {
        scheduled = false;
        for (int i = 0; i < pending.size(); i++) {
            APP_THREADS.newThread(pending.get(i)).start();
        }
        pending.clear();
    }
}
