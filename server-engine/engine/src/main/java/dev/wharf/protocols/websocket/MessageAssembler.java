package dev.wharf.protocols.websocket;

import dev.wharf.asgi.WebSocketReceive;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Joins the frames of one WebSocket message into one ASGI {@code websocket.receive}, never holding
 * more than {@code ws_max_size} bytes. Netty's frame decoder has already checked the frame order (a
 * continuation only inside a fragmented message) and that text is UTF-8, and the deflate decoder has
 * inflated each frame; this only counts and joins. Event loop only; it never keeps a frame.
 */
final class MessageAssembler {

    private final int maxSize;
    /** The fragments so far of a message that is not complete, or {@code null}. */
    private byte[] pending;

    private int pendingSize;
    private boolean pendingText;

    MessageAssembler(int maxSize) {
        this.maxSize = maxSize;
    }

    /**
     * Adds a data frame (text, binary or continuation).
     *
     * @return the whole message once its last frame is in, else {@code null}
     * @throws TooLongFrameException when the message grows past {@code ws_max_size}
     */
    WebSocketReceive add(WebSocketFrame frame) throws TooLongFrameException {
        ByteBuf content = frame.content();
        int length = content.readableBytes();
        if (pending == null) {
            checkSize(length);
            boolean text = frame instanceof TextWebSocketFrame;
            if (frame.isFinalFragment()) {
                // The common case: one frame, one message, no copy beyond the one the app gets.
                return text
                        ? new WebSocketReceive(null, content.toString(StandardCharsets.UTF_8))
                        : new WebSocketReceive(ByteBufUtil.getBytes(content), null);
            }
            pending = new byte[(int) Math.min(maxSize, Math.max(2L * length, 256))];
            pendingSize = 0;
            pendingText = text;
        } else {
            checkSize((long) pendingSize + length);
        }
        append(content, length);
        if (!frame.isFinalFragment()) {
            return null;
        }
        byte[] whole = Arrays.copyOf(pending, pendingSize);
        pending = null;
        return pendingText
                ? new WebSocketReceive(null, new String(whole, StandardCharsets.UTF_8))
                : new WebSocketReceive(whole, null);
    }

    private void append(ByteBuf content, int length) {
        if (pendingSize + length > pending.length) {
            pending = Arrays.copyOf(pending, (int)
                    Math.min(maxSize, Math.max((long) pending.length * 2, (long) pendingSize + length)));
        }
        content.getBytes(content.readerIndex(), pending, pendingSize, length);
        pendingSize += length;
    }

    private void checkSize(long size) throws TooLongFrameException {
        if (size > maxSize) {
            pending = null;
            throw new TooLongFrameException("message of more than " + maxSize + " bytes (--ws-max-size)");
        }
    }
}
