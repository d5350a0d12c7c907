package dev.wharf.protocols.websocket;

import dev.wharf.asgi.Address;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.config.WebSocketSettings;
import dev.wharf.protocols.ErrorResponses;
import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ServerConnection;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection on the event loop, from the upgrade request to the closed socket: the
 * handshake once the app decides, data frames joined into messages for the {@link WebSocketCycle}
 * (reading paused while {@code ws_max_queue} of them wait), pings answered and sent, the closing
 * handshake, and graceful shutdown with 1012. It takes the HTTP handler's place in the pipeline.
 *
 * <p>Every field is confined to the channel's event loop. The app thread reaches this class only
 * through the methods marked as callable from any thread, which hand work to the event loop.
 */
final class WebSocketConnection extends ChannelDuplexHandler implements ServerConnection {

    static final String NAME = "asgi-websocket";

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final ThreadFactory APP_THREADS =
            Thread.ofVirtual().name("asgi-websocket").factory();
    /** How long the peer has to answer a close frame the app sent before the server drops the connection. */
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private enum Phase {
        HANDSHAKE,
        OPEN,
        CLOSED
    }

    private final ProtocolContext protocol;
    private final WebSocketSettings settings;
    private final HttpRequest request;
    private final WebSocketCycle cycle;
    private final MessageAssembler assembler;
    private ChannelHandlerContext ctx;
    private KeepAlivePings pings;
    private Phase phase = Phase.HANDSHAKE;
    /** Counted among the worker's open WebSockets. */
    private boolean opened;

    private boolean closeSent;
    private boolean peerClosed;
    /** What the app is told when the connection ends: the peer's close, else the server's own, else 1006. */
    private int closeCode = WebSocketCloseCodes.ABNORMAL;

    private String closeReason = "";
    private ScheduledFuture<?> closeTimeout;
    /** The payload of the latest ping not answered yet because the peer was not reading. */
    private ByteBuf unansweredPing;

    WebSocketConnection(ProtocolContext protocol, HttpRequest request, Address client, Address server) {
        this.protocol = protocol;
        this.settings = protocol.webSocket();
        this.request = request;
        this.cycle = new WebSocketCycle(this, request, protocol, client, server);
        this.assembler = new MessageAssembler(settings.maxSize());
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /** Starts the app on its own thread; reading goes on so that a client that leaves is noticed. */
    void start() {
        ctx.channel().config().setAutoRead(true);
        APP_THREADS.newThread(cycle).start();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof WebSocketFrame frame)) {
            // What the HTTP decoder still produced: the upgrade request's empty last content, or
            // bytes a client sent before it had the 101.
            ReferenceCountUtil.release(msg);
            return;
        }
        try {
            if (phase == Phase.OPEN && !peerClosed) {
                onFrame(frame);
            }
        } finally {
            frame.release();
        }
    }

    private void onFrame(WebSocketFrame frame) {
        switch (frame) {
            case PingWebSocketFrame ping -> answerPing(ping);
            case PongWebSocketFrame pong -> pings.pongReceived();
            case CloseWebSocketFrame close -> onPeerClose(close);
            default -> onData(frame);
        }
    }

    private void onData(WebSocketFrame frame) {
        if (closeSent) {
            return; // the closing handshake has begun: nobody will read it
        }
        WebSocketReceive message;
        try {
            message = assembler.add(frame);
        } catch (TooLongFrameException e) {
            log.debug("Closing WebSocket {}: {}", ctx.channel(), e.getMessage());
            closeNow(WebSocketCloseCodes.MESSAGE_TOO_BIG, WebSocketCloseCodes.MESSAGE_TOO_BIG_REASON);
            return;
        }
        if (message != null && cycle.onMessage(message)) {
            updateReading();
        }
    }

    /**
     * Answers a ping while the peer reads what is written; otherwise keeps only the latest ping to
     * answer once it does (RFC 6455 5.5.3 allows answering only the most recent), so a ping flood
     * from a peer that never reads cannot grow the outbound buffer.
     */
    private void answerPing(PingWebSocketFrame ping) {
        if (closeSent) {
            return;
        }
        if (ctx.channel().isWritable()) {
            ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()), ctx.voidPromise());
            return;
        }
        if (unansweredPing != null) {
            unansweredPing.release();
        }
        unansweredPing = ping.content().retain();
    }

    private void answerHeldPing() {
        if (unansweredPing != null && ctx.channel().isWritable()) {
            ByteBuf payload = unansweredPing;
            unansweredPing = null;
            if (closeSent) {
                payload.release();
            } else {
                ctx.writeAndFlush(new PongWebSocketFrame(payload), ctx.voidPromise());
            }
        }
    }

    /**
     * Reads while there is room: not while the app's queue is full, nor while the peer is not reading
     * what is written to it (it would only send more for the server to answer).
     */
    private void updateReading() {
        if (phase != Phase.OPEN) {
            return;
        }
        boolean read = ctx.channel().isWritable() && !cycle.isQueueFull();
        if (ctx.channel().config().isAutoRead() != read) {
            ctx.channel().config().setAutoRead(read);
        }
    }

    private void onPeerClose(CloseWebSocketFrame close) {
        peerClosed = true;
        int code = close.statusCode();
        closeCode = code < 0 ? WebSocketCloseCodes.NO_STATUS : code;
        closeReason = code < 0 ? "" : close.reasonText();
        cycle.onDisconnect(closeCode, closeReason);
        if (closeSent) {
            ctx.close(); // the peer answered the close the server sent
            return;
        }
        closeSent = true;
        stopPings();
        // Echo the peer's code (RFC 6455 5.5.1), then the server, which closes TCP first, hangs up.
        CloseWebSocketFrame echo = code < 0 ? new CloseWebSocketFrame() : new CloseWebSocketFrame(code, "");
        ctx.writeAndFlush(echo).addListener(ChannelFutureListener.CLOSE);
    }

    /** Sends a close frame and waits for the peer's, but not for ever. */
    private void beginClose(int code, String reason) {
        if (!startClosing(code, reason)) {
            return;
        }
        ctx.writeAndFlush(new CloseWebSocketFrame(code, reason), ctx.voidPromise());
        closeTimeout = ctx.executor()
                .schedule(
                        () -> {
                            ctx.close();
                        },
                        CLOSE_TIMEOUT_SECONDS,
                        TimeUnit.SECONDS);
    }

    /** Sends a close frame and drops the connection: the server gives up on this peer (too big, no pong, shutdown). */
    private void closeNow(int code, String reason) {
        if (!startClosing(code, reason)) {
            ctx.close();
            return;
        }
        ctx.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(ChannelFutureListener.CLOSE);
    }

    private boolean startClosing(int code, String reason) {
        if (closeSent || !ctx.channel().isActive()) {
            return false;
        }
        closeSent = true;
        closeCode = code;
        closeReason = reason;
        stopPings();
        return true;
    }

    private void stopPings() {
        if (pings != null) {
            pings.stop();
        }
    }

    /** Drops data frames the app sends after a close frame went out (RFC 6455 5.5.1). */
    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (closeSent && msg instanceof WebSocketFrame) {
            ReferenceCountUtil.release(msg);
            promise.trySuccess();
            return;
        }
        ctx.write(msg, promise);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        cycle.onWritabilityChanged();
        answerHeldPing();
        updateReading();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        phase = Phase.CLOSED;
        stopPings();
        if (unansweredPing != null) {
            unansweredPing.release();
            unansweredPing = null;
        }
        if (closeTimeout != null) {
            closeTimeout.cancel(false);
        }
        protocol.serverState().connectionClosed(this);
        if (opened) {
            protocol.serverState().webSocketClosed();
            log.info("connection closed");
        }
        cycle.onDisconnect(closeCode, closeReason);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("WebSocket error on {}", ctx.channel(), cause);
        if (phase != Phase.OPEN) {
            ctx.close();
        } else if (cause instanceof CorruptedWebSocketFrameException corrupted) {
            // Netty's decoder knows which rule the peer broke (1002 protocol error, 1007 bad UTF-8, 1009 too big).
            closeNow(corrupted.closeStatus().code(), corrupted.closeStatus().reasonText());
        } else if (isInflatedTooFar(cause)) {
            closeNow(WebSocketCloseCodes.MESSAGE_TOO_BIG, WebSocketCloseCodes.MESSAGE_TOO_BIG_REASON);
        } else {
            ctx.close();
        }
    }

    /** permessage-deflate stops inflating a frame at {@code ws_max_size}; its exception may come wrapped. */
    private static boolean isInflatedTooFar(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof DecompressionException || t instanceof TooLongFrameException) {
                return true;
            }
        }
        return false;
    }

    // ---- called by the app thread; each hands its work to the event loop ----

    /** Completes the handshake: the 101, the frame codec, keep-alive pings. */
    void accept(String subprotocol, HttpHeaders headers) {
        runOnEventLoop(() -> {
            if (phase != Phase.HANDSHAKE || !ctx.channel().isActive()) {
                return;
            }
            protocol.defaultHeaders().addTo(headers);
            try {
                Handshake.accept(ctx, NAME, request, subprotocol, headers, settings);
            } catch (RuntimeException e) {
                // UpgradeChecks let only well-formed upgrades through; should Netty still refuse one, the client must
                // not hang.
                log.error("WebSocket handshake failed for {}", ctx.channel(), e);
                ctx.close();
                return;
            }
            phase = Phase.OPEN;
            opened = true;
            protocol.serverState().webSocketOpened();
            log.info("connection open");
            pings = new KeepAlivePings(ctx, settings, () -> {
                log.debug("Closing WebSocket {}: keepalive ping timeout", ctx.channel());
                closeNow(WebSocketCloseCodes.INTERNAL_ERROR, "keepalive ping timeout");
            });
            pings.start();
        });
    }

    /**
     * Writes and flushes one frame. Netty counts a write handed over from another thread against the
     * channel's writability at once, so the caller can then wait for room.
     */
    void write(WebSocketFrame frame) {
        ctx.channel().writeAndFlush(frame, ctx.channel().voidPromise());
    }

    boolean isWritable() {
        return ctx.channel().isWritable();
    }

    /** The app's {@code websocket.close} on an open WebSocket: the closing handshake. */
    void close(int code, String reason) {
        runOnEventLoop(() -> beginClose(code, reason));
    }

    /** Refuses the WebSocket before the handshake with a plain response: 403 when the app closed, 500 when it failed. */
    void refuse(HttpResponseStatus status) {
        deny(ErrorResponses.closing(status, status.reasonPhrase(), protocol.defaultHeaders()));
    }

    /** Refuses the WebSocket before the handshake with the app's own HTTP response. */
    void deny(FullHttpResponse response) {
        runOnEventLoop(() -> {
            if (phase != Phase.HANDSHAKE || !ctx.channel().isActive()) {
                response.release();
                return;
            }
            phase = Phase.CLOSED;
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        });
    }

    /** The app took a message from a full queue: reading may resume. */
    void resumeReading() {
        runOnEventLoop(this::updateReading);
    }

    private void runOnEventLoop(Runnable task) {
        try {
            ctx.executor().execute(task);
        } catch (RejectedExecutionException e) {
            // The worker is going down and its loops are gone: the connection is closed anyway.
        }
    }

    // ---- ServerConnection: any thread ----

    /** Graceful shutdown: an open WebSocket is closed with 1012 (service restart); a pending handshake gets a 500, as in Uvicorn. */
    @Override
    public void shutdown() {
        runOnEventLoop(() -> {
            if (phase == Phase.OPEN) {
                closeNow(WebSocketCloseCodes.SERVICE_RESTART, "");
            } else if (phase == Phase.HANDSHAKE) {
                refuse(HttpResponseStatus.INTERNAL_SERVER_ERROR);
            }
        });
    }

    @Override
    public void abort() {
        ctx.channel().close();
    }
}
