package dev.wharf.samples.chat;

import dev.wharf.asgi.Send;
import dev.wharf.asgi.WebSocketSend;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One connection in the room, with an outbox of its own: a broadcast only puts the event in each
 * outbox, and each member's own writer thread ({@link #pumpOutbox()}) sends it. A slow reader so
 * holds up nobody but itself, and only one thread ever sends on its WebSocket.
 */
final class Member {

    /** Events a reader may fall behind by before it misses some. */
    private static final int OUTBOX = 256;
    /** Ends the writer; compared by identity, so no chat text can be mistaken for it. */
    private static final String STOP = new String("stop");

    private final String name;
    private final Send send;
    private final BlockingQueue<String> outbox = new ArrayBlockingQueue<>(OUTBOX);

    Member(String name, Send send) {
        this.name = name;
        this.send = send;
    }

    String name() {
        return name;
    }

    /** Queues {@code event}; a reader that lets {@value #OUTBOX} pile up misses the newest. */
    void deliver(String event) {
        outbox.offer(event);
    }

    /** Sends queued events until {@link #stop()}; runs on the member's own writer thread. */
    void pumpOutbox() throws Exception {
        while (true) {
            String event = outbox.take();
            if (event == STOP) {
                return;
            }
            send.send(WebSocketSend.text(event));
        }
    }

    void stop() throws InterruptedException {
        outbox.clear();
        outbox.put(STOP);
    }
}
