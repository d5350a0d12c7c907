package dev.wharf.servlet.plain.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** What the streaming servlets and the test tell each other, within the one JVM both run in. */
public final class Signals {

    public static volatile CountDownLatch servletHasUploadBytes = new CountDownLatch(1);
    public static volatile CountDownLatch clientHasDownloadBytes = new CountDownLatch(1);
    public static final AtomicReference<String> stalled = new AtomicReference<>();
    public static final AtomicReference<Throwable> ioFailure = new AtomicReference<>();

    private Signals() {}

    public static void reset() {
        servletHasUploadBytes = new CountDownLatch(1);
        clientHasDownloadBytes = new CountDownLatch(1);
        stalled.set(null);
        ioFailure.set(null);
    }
}
