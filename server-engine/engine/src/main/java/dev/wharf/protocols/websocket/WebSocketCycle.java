package dev.wharf.protocols.websocket;

import dev.wharf.asgi.Address;
import dev.wharf.asgi.ClientDisconnected;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketClose;
import dev.wharf.asgi.WebSocketConnect;
import dev.wharf.asgi.WebSocketDisconnect;
import dev.wharf.asgi.WebSocketHttpResponseBody;
import dev.wharf.asgi.WebSocketHttpResponseStart;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.asgi.WebSocketSend;
import dev.wharf.logging.SafeText;
import dev.wharf.protocols.FlowControl;
import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ResponseHead;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection as the app sees it, the {@code RequestResponseCycle} of the websocket
 * protocol: the {@code receive} and {@code send} the app is called with, and the state machine that
 * keeps the app to ASGI's WebSocket protocol. It runs the app on its own virtual thread ({@link #run()}).
 *
 * <p>The event loop feeds whole messages, the disconnect and writability ({@code on…} methods); the
 * app thread takes messages and sends. They share only what {@link #lock} guards: the bounded queue
 * of incoming messages ({@code ws_max_queue}, reading pauses while it is full) and the disconnect.
 * Everything on the wire is done by the {@link WebSocketConnection}; this class never touches Netty's
 * pipeline.
 *
 * <p>{@code send()} may be called from several threads at once (an app that broadcasts from other
 * connections' threads): {@link #sendLock} takes them one at a time and guards the app's state.
 */
final class WebSocketCycle implements Runnable, Receive, Send {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final Logger accessLog = LoggerFactory.getLogger("wharf.access");
    private static final WebSocketConnect CONNECT = new WebSocketConnect();

    /** The app's side of the protocol; guarded by {@link #sendLock}. */
    private enum State {
        CONNECTING,
        RESPONDING,
        ACCEPTED,
        CLOSED_BY_APP,
        DONE
    }

    private final WebSocketConnection connection;
    private final HttpRequest request;
    private final ProtocolContext protocol;
    private final Address client;
    private final Address server;
    private final int maxQueue;
    private final long maxQueuedBytes;
    private final FlowControl flow;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<WebSocketReceive> incoming = new ArrayDeque<>();
    /** The size of what waits in {@link #incoming}: bytes of binary messages, characters of text. */
    private long queuedBytes;
    /** The size of the last message that arrived: the guess at the next one's. */
    private long lastSize;

    private boolean connectDelivered;
    /** Set once, when the peer closed or the connection is gone. */
    private WebSocketDisconnect disconnect;

    private volatile boolean disconnected;

    private final ReentrantLock sendLock = new ReentrantLock();
    private State state = State.CONNECTING;
    private DenialResponse denial;
    private WebSocketScope scope;

    WebSocketCycle(
            WebSocketConnection connection,
            HttpRequest request,
            ProtocolContext protocol,
            Address client,
            Address server) {
        this.connection = connection;
        this.request = request;
        this.protocol = protocol;
        this.client = client;
        this.server = server;
        this.maxQueue = protocol.webSocket().maxQueue();
        this.maxQueuedBytes = protocol.webSocket().maxSize();
        this.flow = new FlowControl(connection::isWritable);
    }

    // ---- the app thread ----

    @Override
    public void run() {
        boolean raised = false;
        try {
            scope = WebSocketScopes.of(
                    request,
                    client,
                    server,
                    protocol.rootPath(),
                    protocol.lifespanState(),
                    protocol.live().proxyHeaders(),
                    protocol.secure());
            protocol.app().call(scope, this, this);
        } catch (ClientDisconnected e) {
            log.debug("Client went away during WebSocket {}: {}", request.uri(), e.getMessage());
            return;
        } catch (Throwable e) {
            log.error("Exception in ASGI application", e);
            raised = true;
        }
        sendLock.lock();
        try {
            if (raised) {
                fail(WebSocketCloseCodes.INTERNAL_ERROR);
            } else {
                finish();
            }
        } finally {
            sendLock.unlock();
        }
    }

    /** What the server does for an app that returned, by how far it got. */
    private void finish() {
        switch (state) {
            case CONNECTING -> {
                log.error("ASGI callable returned without sending handshake.");
                fail(WebSocketCloseCodes.INTERNAL_ERROR);
            }
            case RESPONDING -> {
                log.error("ASGI callable returned without completing response.");
                fail(WebSocketCloseCodes.INTERNAL_ERROR);
            }
            // An app that is done with an open WebSocket has nothing more to say: close it normally.
            case ACCEPTED -> closeAccepted(WebSocketCloseCodes.NORMAL, "");
            case CLOSED_BY_APP, DONE -> {}
        }
    }

    /** Before the handshake the client still gets a 500; after it, a close frame with {@code code}. */
    private void fail(int code) {
        if (state == State.CONNECTING || state == State.RESPONDING) {
            state = State.DONE;
            logAccess(HttpResponseStatus.INTERNAL_SERVER_ERROR.code());
            connection.refuse(HttpResponseStatus.INTERNAL_SERVER_ERROR);
        } else if (state == State.ACCEPTED) {
            closeAccepted(code, "");
        }
    }

    @Override
    public Message receive() throws InterruptedException {
        lock.lock();
        try {
            if (!connectDelivered) {
                connectDelivered = true;
                return CONNECT;
            }
            while (incoming.isEmpty() && disconnect == null) {
                changed.await();
            }
            boolean wasFull = queueFull();
            WebSocketReceive message = incoming.poll();
            if (message == null) {
                return disconnect;
            }
            queuedBytes -= sizeOf(message);
            if (wasFull && !queueFull()) {
                connection.resumeReading(); // the queue was full, so the event loop had stopped reading
            }
            return message;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void send(Message message) throws IOException, InterruptedException {
        sendLock.lock();
        try {
            if (disconnected) {
                throw new ClientDisconnected("The client disconnected; '" + message.type() + "' was not sent.");
            }
            switch (message) {
                case WebSocketAccept accept -> accept(accept);
                case WebSocketSend data -> sendData(data);
                case WebSocketClose close -> close(close);
                case WebSocketHttpResponseStart start -> responseStart(start);
                case WebSocketHttpResponseBody body -> responseBody(body);
                default -> throw unexpected(message);
            }
        } finally {
            sendLock.unlock();
        }
    }

    private void accept(WebSocketAccept accept) {
        expect(State.CONNECTING, accept);
        List<String> offered = scope.subprotocols();
        if (accept.subprotocol() != null && !offered.contains(accept.subprotocol())) {
            throw new IllegalStateException(
                    "Subprotocol '" + accept.subprotocol() + "' in 'websocket.accept' was not offered by the client"
                            + (offered.isEmpty()
                                    ? " (it offered none)."
                                    : " (it offered " + String.join(", ", offered) + ")."));
        }
        // Checked as any response head is: an app cannot split the 101 with CR or LF.
        ResponseHead head = ResponseHead.switchingProtocols(accept.headers());
        state = State.ACCEPTED;
        logAccess(-1);
        connection.accept(accept.subprotocol(), head.headers);
    }

    private void sendData(WebSocketSend data) throws ClientDisconnected, InterruptedException {
        expect(State.ACCEPTED, data);
        if ((data.bytes() == null) == (data.text() == null)) {
            throw new IllegalStateException("'websocket.send' needs exactly one of 'bytes' and 'text'.");
        }
        connection.write(
                data.text() != null
                        ? new TextWebSocketFrame(data.text())
                        : new BinaryWebSocketFrame(
                                Unpooled.wrappedBuffer(data.bytes().clone())));
        flow.awaitWritable("a WebSocket message");
    }

    private void close(WebSocketClose close) {
        WebSocketCloseCodes.check(close.code(), close.reason());
        if (state == State.CONNECTING) {
            // Closing before accepting refuses the WebSocket with a plain 403, as ASGI says.
            state = State.DONE;
            logAccess(HttpResponseStatus.FORBIDDEN.code());
            connection.refuse(HttpResponseStatus.FORBIDDEN);
            return;
        }
        expect(State.ACCEPTED, close);
        closeAccepted(close.code(), close.reason());
    }

    private void closeAccepted(int code, String reason) {
        state = State.CLOSED_BY_APP;
        connection.close(code, reason);
    }

    private void responseStart(WebSocketHttpResponseStart start) {
        expect(State.CONNECTING, start);
        denial = DenialResponse.start(start);
        state = State.RESPONDING;
    }

    private void responseBody(WebSocketHttpResponseBody body) {
        expect(State.RESPONDING, body);
        denial.add(body);
        if (!body.moreBody()) {
            state = State.DONE;
            logAccess(denial.status());
            connection.deny(denial.toResponse(protocol.defaultHeaders()));
        }
    }

    private void expect(State expected, Message message) {
        if (state != expected) {
            throw unexpected(message);
        }
    }

    /** Uvicorn's wording, so an error reads the same whichever server runs the app. */
    private IllegalStateException unexpected(Message message) {
        String expected = switch (state) {
            case CONNECTING ->
                "Expected ASGI message 'websocket.accept', 'websocket.close' or 'websocket.http.response.start', but got '";
            case RESPONDING -> "Expected ASGI message 'websocket.http.response.body', but got '";
            case ACCEPTED -> "Expected ASGI message 'websocket.send' or 'websocket.close', but got '";
            case CLOSED_BY_APP, DONE -> "Unexpected ASGI message after sending 'websocket.close' or a response: '";
        };
        return new IllegalStateException(expected + message.type() + "'.");
    }

    /** One line per handshake, as Uvicorn logs it: {@code "WebSocket /path" [accepted]} or the status. */
    private void logAccess(int status) {
        if (!protocol.live().accessLog()) {
            return;
        }
        String query = scope == null || scope.queryString().length == 0 ? "" : "?" + scope.queryStringText();
        String path = scope == null ? request.uri() : scope.path() + query;
        accessLog.info(
                "{} - \"WebSocket {}\" {}",
                client == null ? "-" : SafeText.escape(client.toString()),
                SafeText.escape(path),
                status < 0 ? "[accepted]" : status);
    }

    // ---- the event loop ----

    /** A whole message arrived; returns whether the queue is now full, so reading must pause. */
    boolean onMessage(WebSocketReceive message) {
        lock.lock();
        try {
            incoming.add(message);
            lastSize = sizeOf(message);
            queuedBytes += lastSize;
            changed.signalAll();
            return queueFull();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Full at {@code ws_max_queue} messages, or once another message as big as the last one would
     * take what waits past {@code ws_max_size} bytes: the queue's memory is bounded by one big
     * message's worth, not by queue times size, while small messages still queue by the count.
     */
    private boolean queueFull() {
        return incoming.size() >= maxQueue || (queuedBytes > 0 && queuedBytes + lastSize > maxQueuedBytes);
    }

    private static long sizeOf(WebSocketReceive message) {
        return message.bytes() != null ? message.bytes().length : message.text().length();
    }

    /** The peer closed, or the connection is gone; only the first call counts. */
    void onDisconnect(int code, String reason) {
        lock.lock();
        try {
            if (disconnect == null) {
                disconnect = new WebSocketDisconnect(code, reason);
                disconnected = true;
            }
            changed.signalAll();
            flow.onGone();
        } finally {
            lock.unlock();
        }
    }

    /** Whether as much waits for the app as the queue holds. */
    boolean isQueueFull() {
        lock.lock();
        try {
            return queueFull();
        } finally {
            lock.unlock();
        }
    }

    void onWritabilityChanged() {
        flow.onWritabilityChanged();
    }
}
