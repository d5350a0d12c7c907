package dev.wharf.protocols.http;

import dev.wharf.asgi.Address;
import dev.wharf.asgi.App;
import dev.wharf.logging.SafeText;
import dev.wharf.protocols.HttpScopes;
import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ServerConnection;
import dev.wharf.protocols.websocket.WebSocketUpgrade;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP/1.1 connection: the Netty side of Uvicorn's {@code HttpToolsProtocol}. It turns decoded
 * requests into {@link RequestResponseCycle}s, one at a time, and owns keep-alive, pipelining, flow
 * control, the idle and read timeouts, and the refusal of what no well-behaved client sends.
 *
 * <p>Every field is confined to the channel's event loop. The app's thread reaches this class only
 * through the methods marked as callable from any thread, which hand work to the event loop.
 */
final class HttpConnection extends ChannelInboundHandlerAdapter implements ServerConnection {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    /** Request body buffered for the app beyond which reading pauses, as Uvicorn's HIGH_WATER_LIMIT. */
    static final int HIGH_WATER_LIMIT = 64 * 1024;

    /** How long a connection that has sent nothing yet may still send its first request once the worker shuts down. */
    static final long FIRST_REQUEST_GRACE_MILLIS = 1_000;

    private final ProtocolContext protocol;
    private ChannelHandlerContext ctx;
    /** ASGI {@code client} and {@code server}: the same for every request of the connection. */
    private Address client, server;
    /** Counted among the worker's connections: once, whichever of handlerAdded and channelActive comes last. */
    private boolean opened;

    /** The request being served; {@code null} between requests. */
    private RequestResponseCycle cycle;

    private boolean appStarted;
    /** Requests (and their bodies) that arrived while {@link #cycle} was served, in order. */
    private final ArrayDeque<HttpObject> pipelined = new ArrayDeque<>();
    /** No further request will be served on this connection. */
    private boolean closing;
    /** The worker is shutting down and this connection serves one last request, the first it receives. */
    private boolean lastRequestOnly;
    /** Whether a request has begun on this connection. */
    private boolean anyRequest;

    /** Keep-alive: an idle connection closes after --timeout-keep-alive. */
    private RearmingTimeout idle;
    /** A request body that makes no progress for --timeout-read ends the connection. */
    private RearmingTimeout read;
    /** WebSocket: the connection now belongs to the WebSocket protocol and this handler leaves it alone. */
    private boolean upgraded;

    HttpConnection(ProtocolContext protocol) {
        this.protocol = protocol;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        idle = new RearmingTimeout(
                ctx.executor(),
                () -> protocol.live().keepAliveTimeoutNanos(),
                // A request in progress arms it again when it ends.
                () -> !closing && cycle == null && ctx.channel().isActive(),
                () -> false,
                () -> {
                    closing = true;
                    ctx.close();
                });
        read = new RearmingTimeout(
                ctx.executor(),
                () -> protocol.live().readTimeoutNanos(),
                () -> !closing
                        && cycle != null
                        && !cycle.bodyReceived()
                        && ctx.channel().isActive(),
                // Paused by the server, or the client was told to wait for 100 Continue.
                () -> !ctx.channel().config().isAutoRead() || cycle.awaitingContinue(),
                this::bodyStalled);
        if (ctx.channel().isActive()) {
            // Installed once TLS chose HTTP/1.1 by ALPN, or the first bytes were not HTTP/2's preface.
            opened();
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        opened();
        ctx.fireChannelActive();
    }

    private void opened() {
        if (opened) {
            return;
        }
        opened = true;
        client = HttpScopes.address(ctx.channel().remoteAddress());
        server = HttpScopes.address(ctx.channel().localAddress());
        protocol.serverState().connectionOpened(this);
        becomeIdle();
        if (protocol.serverState().draining()) {
            // Its first bytes chose HTTP/1.1 after the shutdown began: it serves that request, then closes.
            shutdown();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        protocol.serverState().connectionClosed(this);
        closing = true;
        if (cycle != null) {
            cycle.onDisconnect();
            if (!appStarted) {
                // The request never reached the app: its thread only records that it ended.
                cycle.onRefused();
                startAppIfWaiting();
            }
        }
        releasePipelined();
        idle.stop();
        read.stop();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof HttpObject object)) {
            ReferenceCountUtil.release(msg);
        } else if (pipelined.isEmpty()) {
            route(object);
        } else if (closing) {
            ReferenceCountUtil.release(object);
        } else {
            pipelined.add(object);
            // Stop the read loop at once: what waits unanswered is bounded by one read, not by
            // the reads of a whole event-loop turn.
            updateReading();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        startAppIfWaiting();
        updateReading();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (cycle != null) {
            cycle.onWritabilityChanged();
        }
        updateReading();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("Connection error, closing {}", ctx.channel(), cause);
        ctx.close();
    }

    private void route(HttpObject object) {
        if (cycle != null && !cycle.bodyReceived() && object instanceof HttpContent content) {
            receiveBody(content);
        } else if (closing) {
            // No new request starts on a connection that is closing.
            ReferenceCountUtil.release(object);
        } else if (cycle != null) {
            pipelined.add(object);
            updateReading();
        } else if (object instanceof HttpRequest request) {
            beginRequest(request);
        } else {
            // Body of a request already refused; nothing is waiting for it.
            ReferenceCountUtil.release(object);
        }
    }

    private void beginRequest(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            refuseMalformed(request.decoderResult().cause());
            return;
        }
        RequestChecks.Refusal refusal = RequestChecks.check(request, ctx.channel() instanceof Http2StreamChannel);
        if (refusal != null) {
            refuse(refusal.status(), refusal.reason());
            return;
        }
        if (WebSocketUpgrade.isRequested(request)) {
            if (protocol.atConcurrencyLimit()) {
                protocol.serverState().rejected();
                refuse(HttpResponseStatus.SERVICE_UNAVAILABLE, "Exceeded concurrency limit.");
                return;
            }
            upgrade(request);
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        App app = protocol.app();
        if (protocol.atConcurrencyLimit()) {
            log.warn("Exceeded concurrency limit.");
            protocol.serverState().rejected();
            app = ServiceUnavailable.APP;
        }
        cycle = new RequestResponseCycle(this, ctx.channel(), request, protocol, app, keepAlive, client, server);
        appStarted = false;
        anyRequest = true;
        if (lastRequestOnly) {
            closing = true;
            cycle.closeAfterResponse();
        }
        protocol.serverState().requestStarted();
        if (!cycle.bodyReceived()) {
            read.restart();
        }
    }

    private void receiveBody(HttpContent content) {
        try {
            if (content.decoderResult().isFailure()) {
                refuseMalformedBody(content.decoderResult().cause());
                return;
            }
            read.progress();
            ByteBuf data = content.content();
            if (data.isReadable()) {
                byte[] bytes = new byte[data.readableBytes()];
                data.readBytes(bytes);
                cycle.onBody(bytes);
            }
            if (content instanceof LastHttpContent) {
                cycle.onBodyComplete();
                startAppIfWaiting();
            }
        } finally {
            content.release();
        }
    }

    /**
     * WebSocket: no further HTTP request is served here. The WebSocket protocol refuses a bad upgrade
     * on this connection, or takes it over and replaces this handler in the pipeline.
     */
    private void upgrade(HttpRequest request) {
        closing = true;
        releasePipelined();
        idle.stop();
        upgraded = WebSocketUpgrade.takeOver(ctx, this, request, protocol, client, server);
    }

    /** Starts the app once the request is complete or the read that brought it is over, whichever is first. */
    private void startAppIfWaiting() {
        if (cycle != null && !appStarted) {
            appStarted = true;
            AppLauncher.current().launch(cycle, ctx.executor());
        }
    }

    /**
     * Reads while there is room, as Uvicorn's flow control pauses and resumes reading: not while
     * requests wait behind the current one, nor past the body limit, nor while the peer is not reading
     * what was written (a client that pipelines and never reads would otherwise fill the outbound buffer).
     */
    void updateReading() {
        if (upgraded) {
            return;
        }
        boolean reading = !closing
                && ctx.channel().isWritable()
                && pipelined.isEmpty()
                && (cycle == null || cycle.bodyReceived() || cycle.bufferedBytes() < HIGH_WATER_LIMIT);
        if (ctx.channel().config().isAutoRead() != reading) {
            ctx.channel().config().setAutoRead(reading);
            if (reading) {
                // The pause was the server's (a slow app, a full outbound buffer): not the client's to pay for.
                read.progress();
            }
        }
    }

    private void refuseMalformed(Throwable cause) {
        refuse(Refusals.statusOf(cause), cause.getMessage());
    }

    private void refuse(HttpResponseStatus status, String reason) {
        log.warn("Invalid HTTP request received from {}: {}", client, SafeText.escape(reason));
        protocol.serverState().badRequest();
        closing = true;
        Refusals.answer(ctx, protocol, status);
    }

    private void refuseMalformedBody(Throwable cause) {
        log.warn("Invalid HTTP request body received from {}: {}", client, SafeText.escape(cause.getMessage()));
        protocol.serverState().badRequest();
        closing = true;
        Refusals.endCycle(ctx, protocol, cycle, HttpResponseStatus.BAD_REQUEST);
    }

    // ---- called by the app thread of the current cycle; each hands its work to the event loop ----

    /**
     * Writes and flushes a part of the response. Netty counts a write handed over from another
     * thread against the channel's writability at once, so the caller can then wait for room.
     */
    void write(HttpObject message) {
        ctx.writeAndFlush(message, ctx.voidPromise());
    }

    /** Writes the last part of the response and, in the same event-loop task, moves on to the next request. */
    void writeLast(RequestResponseCycle from, HttpObject message, boolean keepAlive) {
        runOnEventLoop(message, () -> {
            if (from != cycle) {
                ReferenceCountUtil.release(message);
                return;
            }
            responseComplete(keepAlive, message);
        });
    }

    /** Sends {@code 100 Continue}, when the app first asks for a body the client holds back. */
    void sendContinue(RequestResponseCycle from) {
        runOnEventLoop(null, () -> {
            // The client's body clock starts now: until this it was told to wait.
            read.progress();
            if (from == cycle && from.nothingWritten()) {
                ctx.writeAndFlush(
                        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE),
                        ctx.voidPromise());
            }
        });
    }

    /** The app took buffered body bytes: reading may resume. */
    void bodyConsumed() {
        runOnEventLoop(null, this::updateReading);
    }

    private void runOnEventLoop(Object message, Runnable task) {
        try {
            ctx.executor().execute(task);
        } catch (RejectedExecutionException e) {
            // The worker is going down and its loops are gone: the connection is closed anyway.
            ReferenceCountUtil.release(message);
        }
    }

    private void responseComplete(boolean keepAlive, HttpObject lastMessage) {
        RequestResponseCycle done = cycle;
        cycle = null;
        if (!keepAlive || closing || !done.bodyReceived()) {
            // A body the app never read may still be on its way: the only safe end is to close.
            closing = true;
            releasePipelined();
            ctx.writeAndFlush(lastMessage).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        // Kept alive: nobody waits on this write, so it needs no promise of its own.
        ctx.writeAndFlush(lastMessage, ctx.voidPromise());
        while (cycle == null || !cycle.bodyReceived()) {
            HttpObject next = pipelined.poll();
            if (next == null) {
                break;
            }
            route(next);
        }
        if (cycle == null) {
            becomeIdle();
        } else {
            startAppIfWaiting();
        }
        updateReading();
    }

    // ---- timeouts ----

    private void becomeIdle() {
        if (!upgraded) {
            idle.restart();
        }
    }

    /**
     * The request body made no progress for --timeout-read while the server was reading: the
     * connection ends, with a 408 when nothing of the response was sent (Hypercorn's read_timeout).
     */
    private void bodyStalled() {
        log.info(
                "Closing a connection from {}: its request body made no progress for {} s (--timeout-read)",
                client,
                TimeUnit.NANOSECONDS.toSeconds(protocol.live().readTimeoutNanos()));
        closing = true;
        Refusals.endCycle(ctx, protocol, cycle, HttpResponseStatus.REQUEST_TIMEOUT);
    }

    private void releasePipelined() {
        HttpObject object;
        while ((object = pipelined.poll()) != null) {
            ReferenceCountUtil.release(object);
        }
    }

    // ---- ServerConnection: any thread ----

    @Override
    public void shutdown() {
        runOnEventLoop(null, () -> {
            if (cycle == null && !anyRequest && !closing) {
                // Accepted just before the listener closed: its first request is most likely on the way.
                // Serve that one (then close) rather than drop a request the client has already sent.
                lastRequestOnly = true;
                ctx.executor().schedule(this::closeUnlessServing, FIRST_REQUEST_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                return;
            }
            closing = true;
            if (cycle == null) {
                ctx.close();
            } else {
                // Tell the client, in the response in flight, that this connection ends with it.
                cycle.closeAfterResponse();
            }
        });
    }

    private void closeUnlessServing() {
        if (cycle == null) {
            closing = true;
            ctx.close();
        }
    }

    @Override
    public void keepAliveTimeoutChanged() {
        runOnEventLoop(null, () -> idle.recheck());
    }

    @Override
    public void abort() {
        runOnEventLoop(null, () -> {
            if (cycle != null) {
                cycle.cancel();
            }
        });
        ctx.channel().close();
    }
}
