package dev.wharf.protocols.http;

import dev.wharf.asgi.Address;
import dev.wharf.asgi.App;
import dev.wharf.asgi.ClientDisconnected;
import dev.wharf.asgi.HttpDisconnect;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import dev.wharf.logging.SafeText;
import dev.wharf.protocols.ErrorResponses;
import dev.wharf.protocols.FlowControl;
import dev.wharf.protocols.HttpScopes;
import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ResponseHead;
import dev.wharf.protocols.ResponseTimes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.Http2StreamChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its response, as Uvicorn's {@code RequestResponseCycle}: the {@code receive} and
 * {@code send} the app is called with, and the state machine that keeps the app to the ASGI HTTP
 * protocol. It runs the app on its own virtual thread ({@link #run()}).
 *
 * <p>Two sides meet here. The event loop feeds the request body and reports disconnects and
 * writability ({@code on…} methods); the app thread pulls the body and produces the response.
 * They share only the fields guarded by {@link #lock}. The response state belongs to the app thread.
 */
final class RequestResponseCycle implements Runnable, Receive, Send {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final Logger accessLog = LoggerFactory.getLogger("wharf.access");
    private static final HttpDisconnect DISCONNECT = new HttpDisconnect();
    private static final byte[] NO_BYTES = new byte[0];
    private static final int SMALL_BODY = 8 * 1024;

    private enum Response {
        NOT_STARTED,
        STARTED,
        STREAMING,
        COMPLETE
    }

    private final HttpConnection connection;
    private final Channel channel;
    private final HttpRequest request;
    private final ProtocolContext protocol;
    private final App app;
    private final boolean keepAliveRequested;
    private final Address client;
    private final Address server;
    private final FlowControl flow;

    // Request side, shared by the event loop and the app thread.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Body pieces not yet received by the app; created on the first piece, as most requests have none. */
    private ArrayDeque<byte[]> body;

    private int bufferedBytes;
    private boolean bodyComplete;
    private boolean bodyDelivered;
    private boolean waitingForContinue;
    private boolean responseComplete;
    private volatile boolean disconnected;
    private volatile boolean refused;
    private volatile boolean written;
    /** The app's thread, to interrupt when a forced shutdown cancels the request; Uvicorn cancels the task. */
    private volatile Thread appThread;

    private volatile boolean cancelled;
    /** The server is shutting down: the response says the connection closes after it. */
    private volatile boolean closeAfterResponse;

    // Response side, app thread only.
    private Response response = Response.NOT_STARTED;
    /** Its response is complete and no longer counts toward --limit-concurrency. */
    private final AtomicBoolean answered = new AtomicBoolean();

    private ResponseHead head;
    private boolean keepAlive;
    private boolean bodyAllowed;
    private ResponseFraming framing;
    private HttpScope scope;
    /** When the request's head arrived, and the status answered: the response's time and class for telemetry. */
    private final long arrivedNanos = ResponseTimes.RECORDED ? System.nanoTime() : 0;

    private int status;

    RequestResponseCycle(
            HttpConnection connection,
            Channel channel,
            HttpRequest request,
            ProtocolContext protocol,
            App app,
            boolean keepAliveRequested,
            Address client,
            Address server) {
        this.app = app;
        this.connection = connection;
        this.client = client;
        this.server = server;
        this.channel = channel;
        this.flow = new FlowControl(channel::isWritable);
        this.request = request;
        this.protocol = protocol;
        this.keepAliveRequested = keepAliveRequested;
        this.waitingForContinue = HttpUtil.is100ContinueExpected(request);
    }

    /** ASGI {@code http_version}: "2" for an HTTP/2 stream, which Netty hands over shaped as HTTP/1.1. */
    private String httpVersion() {
        return channel instanceof Http2StreamChannel ? "2" : HttpScopes.httpVersion(request);
    }

    // ---- the app thread ----

    @Override
    public void run() {
        if (refused) {
            // Answered by the server, or gone, before the app got to it.
            protocol.serverState().requestFinished(answered.get());
            return;
        }
        appThread = Thread.currentThread();
        try {
            scope = HttpScopes.of(
                    request,
                    client,
                    server,
                    protocol.rootPath(),
                    protocol.lifespanState(),
                    protocol.live().proxyHeaders(),
                    protocol.secure(),
                    httpVersion());
            app.call(scope, this, this);
        } catch (ClientDisconnected e) {
            log.debug("Client went away during {} {}: {}", request.method(), request.uri(), e.getMessage());
            return;
        } catch (Throwable e) {
            if (cancelled) {
                log.debug("Request {} {} cancelled by shutdown: {}", request.method(), request.uri(), e.toString());
                return;
            }
            log.error("Exception in ASGI application", e);
            fail();
            return;
        } finally {
            appThread = null;
            protocol.serverState().requestFinished(answered.get());
        }
        if (disconnected) {
            return; // nobody is left to answer, so nothing is missing
        }
        if (response == Response.NOT_STARTED) {
            log.error("ASGI callable returned without starting response.");
            fail();
        } else if (response != Response.COMPLETE) {
            log.error("ASGI callable returned without completing response.");
            fail();
        }
    }

    /** Before the response started the client still gets a 500; after, only a closed connection tells it. */
    private void fail() {
        if (disconnected || response == Response.COMPLETE) {
            return;
        }
        if (response == Response.NOT_STARTED) {
            if (protocol.live().accessLog()) {
                logAccess(500);
            }
            status = 500;
            completeResponse();
            connection.writeLast(this, ErrorResponses.internalServerError(protocol.defaultHeaders()), false);
        } else {
            response = Response.COMPLETE;
            connection.abort();
        }
    }

    @Override
    public Message receive() throws InterruptedException {
        lock.lock();
        try {
            if (waitingForContinue && !disconnected && !responseComplete) {
                waitingForContinue = false;
                connection.sendContinue(this);
            }
            while (!disconnected && !responseComplete && (bodyDelivered || (bufferedBytes == 0 && !bodyComplete))) {
                changed.await();
            }
            if (disconnected || responseComplete) {
                return DISCONNECT;
            }
            boolean wasFull = bufferedBytes >= HttpConnection.HIGH_WATER_LIMIT;
            byte[] bytes = drainBody();
            boolean more = !bodyComplete;
            bodyDelivered = !more;
            if (wasFull && more) {
                connection.bodyConsumed();
            }
            return new dev.wharf.asgi.HttpRequest(bytes, more); // Netty has an HttpRequest too
        } finally {
            lock.unlock();
        }
    }

    private byte[] drainBody() {
        if (body == null || body.isEmpty()) {
            return NO_BYTES;
        }
        if (body.size() == 1) {
            bufferedBytes = 0;
            return body.poll();
        }
        byte[] all = new byte[bufferedBytes];
        int at = 0;
        for (byte[] chunk : body) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        body.clear();
        bufferedBytes = 0;
        return all.length == 0 ? NO_BYTES : all;
    }

    @Override
    public void send(Message message) throws IOException, InterruptedException {
        if (disconnected) {
            throw new ClientDisconnected("The client disconnected; '" + message.type() + "' was not sent.");
        }
        switch (message) {
            case HttpResponseStart start -> start(start);
            case HttpResponseBody part -> body(part);
            default ->
                throw new IllegalStateException(
                        "Expected ASGI message 'http.response.start' or 'http.response.body', but got '"
                                + message.type() + "'.");
        }
    }

    private void start(HttpResponseStart start) {
        if (response != Response.NOT_STARTED) {
            throw new IllegalStateException(
                    "Unexpected ASGI message 'http.response.start' sent, after response already started.");
        }
        head = ResponseHead.of(start);
        status = start.status();
        response = Response.STARTED;
        bodyAllowed = head.statusAllowsBody() && !HttpMethod.HEAD.equals(request.method());
        keepAlive = keepAliveRequested && !head.connectionClose;
        framing = new ResponseFraming(head, request, protocol.defaultHeaders(), bodyAllowed);
        lock.lock();
        try {
            waitingForContinue = false;
        } finally {
            lock.unlock();
        }
        if (protocol.live().accessLog()) {
            logAccess(start.status());
        }
    }

    private void body(HttpResponseBody part) throws IOException, InterruptedException {
        if (response == Response.NOT_STARTED) {
            throw new IllegalStateException(
                    "Expected ASGI message 'http.response.start', but got 'http.response.body'.");
        }
        if (response == Response.COMPLETE) {
            throw new IllegalStateException(
                    "Unexpected ASGI message 'http.response.body' sent, after response already completed.");
        }
        byte[] bytes = bodyAllowed ? part.body() : NO_BYTES;
        framing.countBody(bytes.length, part.moreBody());
        boolean last = !part.moreBody();
        // Every message waits for room first, one-message responses too: a peer that does not read
        // holds its responses back instead of growing the worker's outbound buffer.
        flow.awaitWritable("the response");
        if (response == Response.STARTED && last) {
            ResponseFraming.Framed whole = framing.whole(
                    bytes.length == 0 ? Unpooled.EMPTY_BUFFER : copy(bytes), part.body().length, mayKeepAlive());
            keepAlive = whole.keepAlive();
            written = true;
            completeResponse();
            connection.writeLast(this, whole.response(), keepAlive);
            return;
        }
        if (response == Response.STARTED) {
            response = Response.STREAMING;
            ResponseFraming.Framed streamed = framing.streamedHead(mayKeepAlive());
            keepAlive = streamed.keepAlive();
            written = true;
            connection.write(streamed.response());
        }
        if (last) {
            completeResponse();
            connection.writeLast(
                    this,
                    bytes.length == 0 ? LastHttpContent.EMPTY_LAST_CONTENT : new DefaultLastHttpContent(copy(bytes)),
                    keepAlive);
        } else if (bytes.length > 0) {
            written = true;
            connection.write(new DefaultHttpContent(copy(bytes)));
        }
    }

    /**
     * Whether the connection may outlive this response, as far as the request and the server go:
     * not once the server is shutting down, nor while the rest of an unread body may still be on its
     * way (the connection will close, so the response says so).
     */
    private boolean mayKeepAlive() {
        return keepAlive && !closeAfterResponse && requestBodyComplete();
    }

    private void completeResponse() {
        response = Response.COMPLETE;
        if (answered.compareAndSet(false, true)) {
            protocol.serverState().requestAnswered();
            if (ResponseTimes.RECORDED) {
                protocol.serverState().responded(status, System.nanoTime() - arrivedNanos);
            }
        }
        changeAndSignal(() -> responseComplete = true);
    }

    /**
     * A copy, so the app may reuse its array as soon as send() returns. Small bodies are copied on
     * the heap, as the encoder merges them into the header buffer anyway; large ones straight into
     * a direct buffer, so the event loop does not have to copy them again for the socket.
     */
    private ByteBuf copy(byte[] bytes) {
        if (bytes.length <= SMALL_BODY) {
            return Unpooled.wrappedBuffer(bytes.clone());
        }
        return channel.alloc().directBuffer(bytes.length).writeBytes(bytes);
    }

    private void logAccess(int status) {
        HttpScope s = scope;
        String client = s == null || s.client() == null ? "-" : s.client().toString();
        String query = s == null || s.queryString().length == 0 ? "" : "?" + s.queryStringText();
        String path = s == null ? request.uri() : new String(s.rawPath(), StandardCharsets.ISO_8859_1) + query;
        accessLog.info(
                "{} - \"{} {} HTTP/{}\" {}",
                SafeText.escape(client),
                request.method(),
                SafeText.escape(path),
                httpVersion(),
                status);
    }

    // ---- the event loop ----

    void onBody(byte[] bytes) {
        changeAndSignal(() -> {
            if (body == null) {
                body = new ArrayDeque<>(4);
            }
            body.add(bytes);
            bufferedBytes += bytes.length;
        });
    }

    void onBodyComplete() {
        changeAndSignal(() -> bodyComplete = true);
    }

    void onDisconnect() {
        changeAndSignal(() -> disconnected = true);
        flow.onGone();
    }

    /** The request's body was malformed and the server answers it; the app is not called if it has not started. */
    void onRefused() {
        refused = true;
        onDisconnect();
    }

    /** A forced shutdown cuts this request: the app's blocking calls end and its thread is interrupted. */
    void cancel() {
        cancelled = true;
        onDisconnect();
        Thread thread = appThread;
        if (thread != null) {
            thread.interrupt();
        }
    }

    void closeAfterResponse() {
        closeAfterResponse = true;
    }

    void onWritabilityChanged() {
        flow.onWritabilityChanged();
    }

    /** Changes the shared state under the lock and wakes the app thread if it waits on it. */
    private void changeAndSignal(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean requestBodyComplete() {
        lock.lock();
        try {
            return bodyComplete;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the client was asked to wait for 100 Continue and the app has not asked for the body yet. */
    boolean awaitingContinue() {
        lock.lock();
        try {
            return waitingForContinue;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the whole request body has arrived (event loop only). */
    boolean bodyReceived() {
        return bodyComplete;
    }

    int bufferedBytes() {
        lock.lock();
        try {
            return bufferedBytes;
        } finally {
            lock.unlock();
        }
    }

    boolean nothingWritten() {
        return !written;
    }
}
