package dev.wharf.protocols.websocket;

import dev.wharf.config.WebSocketSettings;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server's keep-alive pings of one open WebSocket, as {@code ws_ping_interval} and
 * {@code ws_ping_timeout} ask: a ping every interval, and a peer that leaves a ping unanswered for
 * the timeout is reported as gone. Finds dead peers behind NATs and proxies that TCP alone would
 * keep for hours. Event loop only; it writes pings and nothing else.
 */
final class KeepAlivePings {

    private final ChannelHandlerContext ctx;
    private final long intervalNanos;
    private final long timeoutNanos;
    private final Runnable onTimeout;
    private ScheduledFuture<?> nextPing;
    private ScheduledFuture<?> timeoutCheck;
    /** When the oldest ping still without a pong was sent, or -1 when every ping was answered. */
    private long unansweredSince = -1;

    private boolean stopped;

    KeepAlivePings(ChannelHandlerContext ctx, WebSocketSettings settings, Runnable onTimeout) {
        this.ctx = ctx;
        this.intervalNanos = settings.pingInterval().toNanos();
        this.timeoutNanos = settings.pingTimeout().toNanos();
        this.onTimeout = onTimeout;
    }

    void start() {
        if (intervalNanos > 0) {
            nextPing = ctx.executor().schedule(this::ping, intervalNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Any pong answers every ping sent so far: a peer that answers at all is alive. */
    void pongReceived() {
        unansweredSince = -1;
    }

    void stop() {
        stopped = true;
        if (nextPing != null) {
            nextPing.cancel(false);
        }
        if (timeoutCheck != null) {
            timeoutCheck.cancel(false);
        }
    }

    private void ping() {
        if (stopped || !ctx.channel().isActive()) {
            return;
        }
        if (unansweredSince < 0) {
            unansweredSince = System.nanoTime();
        }
        ctx.writeAndFlush(new PingWebSocketFrame(Unpooled.copyLong(unansweredSince)), ctx.voidPromise());
        if (timeoutNanos > 0 && (timeoutCheck == null || timeoutCheck.isDone())) {
            timeoutCheck = ctx.executor().schedule(this::checkAnswered, timeoutNanos, TimeUnit.NANOSECONDS);
        }
        nextPing = ctx.executor().schedule(this::ping, intervalNanos, TimeUnit.NANOSECONDS);
    }

    private void checkAnswered() {
        if (stopped || unansweredSince < 0) {
            return;
        }
        long waited = System.nanoTime() - unansweredSince;
        if (waited >= timeoutNanos) {
            stop();
            onTimeout.run();
        } else {
            timeoutCheck = ctx.executor().schedule(this::checkAnswered, timeoutNanos - waited, TimeUnit.NANOSECONDS);
        }
    }
}
