package dev.wharf.protocols;

import dev.wharf.asgi.ClientDisconnected;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The writing half of Uvicorn's {@code FlowControl}, for one cycle (an HTTP request or a WebSocket):
 * an app thread that sends faster than the peer reads waits here until the socket's outbound buffer
 * has drained below its low-water mark, so a fast producer never fills the worker's memory.
 *
 * <p>Threads: the app thread calls {@link #awaitWritable}; the event loop reports writability and
 * the end of the cycle's connection. Nothing else is shared.
 */
public final class FlowControl {

    private final BooleanSupplier writable;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean gone;

    /** @param writable whether the channel takes more now (Netty's {@code Channel.isWritable}) */
    public FlowControl(BooleanSupplier writable) {
        this.writable = writable;
    }

    /**
     * Blocks the app thread while the channel cannot take more.
     *
     * @param sending what was being sent, for the message of the exception a vanished client causes
     * @throws ClientDisconnected when the connection is gone, now or while waiting
     */
    public void awaitWritable(String sending) throws InterruptedException, ClientDisconnected {
        if (!writable.getAsBoolean()) {
            lock.lock();
            try {
                while (!writable.getAsBoolean() && !gone) {
                    changed.await();
                }
            } finally {
                lock.unlock();
            }
        }
        if (gone) {
            throw new ClientDisconnected("The client disconnected while " + sending + " was being sent.");
        }
    }

    /** Event loop: the channel's writability changed; a waiting app thread looks again. */
    public void onWritabilityChanged() {
        signal();
    }

    /** The connection is gone (or the cycle was cancelled): a waiting app thread stops waiting. */
    public void onGone() {
        gone = true;
        signal();
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
