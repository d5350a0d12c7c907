package dev.wharf.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A hostile peer: writes to a connection as fast as it can and never reads. Against a server with
 * flow control its writes stall once the buffers between them are full; without, it writes for as
 * long as the server's memory lasts. {@link #bytesWhenStalled} tells which happened.
 */
public final class NonReadingPeer implements AutoCloseable {

    private final AtomicLong written = new AtomicLong();
    private final Thread writer;

    /** @param nextWrite the bytes of the n-th write (a whole request, a frame ...) */
    public NonReadingPeer(OutputStream out, IntFunction<byte[]> nextWrite) {
        writer = Thread.ofPlatform().daemon().name("non-reading-peer").start(() -> {
            try {
                for (int n = 0; !Thread.currentThread().isInterrupted(); n++) {
                    byte[] bytes = nextWrite.apply(n);
                    out.write(bytes);
                    written.addAndGet(bytes.length);
                }
            } catch (IOException e) {
                // the server closed the connection: as good as a stall
            }
        });
    }

    /**
     * Waits until the peer has written nothing for {@code quiet}, and returns what it wrote; fails
     * when it is still writing after {@code limit} bytes (the server never pushed back).
     */
    public long bytesWhenStalled(Duration quiet, long limit) throws InterruptedException {
        long last = -1;
        long stableSince = System.nanoTime();
        while (true) {
            long now = written.get();
            if (now > limit) {
                throw new AssertionError("the server took " + now + " bytes from a peer that reads nothing, over the "
                        + limit + " any flow control would allow");
            }
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince >= quiet.toNanos()) {
                return now;
            }
            // a stall is no event to wait for but a quiet period to measure: sample the count
            Thread.sleep(50);
        }
    }

    public long written() {
        return written.get();
    }

    @Override
    public void close() {
        writer.interrupt();
    }
}
