package dev.wharf.protocols.websocket;

import dev.wharf.config.WebSocketSettings;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.ZlibCodecFactory;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker13;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionData;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionUtil;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtension;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateServerExtensionHandshaker;
import java.util.Map;

/**
 * The opening handshake once the app has sent {@code websocket.accept}: Netty's version-13
 * handshaker writes the 101 (with the app's subprotocol and headers) and swaps the HTTP codec for
 * the WebSocket frame codec; permessage-deflate is negotiated here when the client offers it and
 * {@code ws_per_message_deflate} allows it. Event loop only.
 */
final class Handshake {

    private static final int DEFLATE_LEVEL = 6;
    private static final int DEFLATE_WINDOW_BITS = 15;

    private Handshake() {}

    /**
     * Sends the 101 and installs the frame codec in front of the handler named {@code handlerName}.
     *
     * @param headers the app's extra headers, with the server's default headers already added
     */
    static void accept(
            ChannelHandlerContext ctx,
            String handlerName,
            HttpRequest request,
            String subprotocol,
            HttpHeaders headers,
            WebSocketSettings settings) {
        WebSocketServerExtension deflate =
                settings.perMessageDeflate() ? negotiateDeflate(request, settings.maxSize()) : null;
        if (deflate != null) {
            headers.set(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS, headerValue(deflate.newReponseData()));
        }
        WebSocketDecoderConfig frames = WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(settings.maxSize())
                .expectMaskedFrames(true)
                .allowMaskMismatch(false)
                // Reserved bits are only legal when an extension that uses them was agreed.
                .allowExtensions(deflate != null)
                .withUTF8Validator(true)
                // The connection closes with the right code itself, so it can tell the app that code.
                .closeOnProtocolViolation(false)
                .build();
        new WebSocketServerHandshaker13(request.uri(), subprotocol, frames)
                .handshake(ctx.channel(), bodiless(request), headers, ctx.newPromise());
        ChannelPipeline pipeline = ctx.pipeline();
        if (deflate != null) {
            pipeline.addAfter("wsdecoder", "ws-deflate-decoder", deflate.newExtensionDecoder());
            pipeline.addBefore(handlerName, "ws-deflate-encoder", deflate.newExtensionEncoder());
        }
        // Text must be UTF-8 (RFC 6455 8.1), whole or in fragments, checked once inflated: the frame
        // decoder does not look inside text frames, so a bad one would reach the app with
        // replacement characters instead of closing with 1007.
        pipeline.addBefore(handlerName, "ws-utf8-validator", new Utf8FrameValidator(false));
    }

    /** The upgrade request as Netty's handshaker takes it; an upgrade request has no body (UpgradeChecks). */
    private static FullHttpRequest bodiless(HttpRequest request) {
        return new DefaultFullHttpRequest(
                request.protocolVersion(),
                request.method(),
                request.uri(),
                Unpooled.EMPTY_BUFFER,
                request.headers(),
                HttpHeaders.EMPTY_HEADERS);
    }

    private static WebSocketServerExtension negotiateDeflate(HttpRequest request, int maxSize) {
        String offered = String.join(",", request.headers().getAll(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS));
        if (offered.isBlank()) {
            return null;
        }
        // maxAllocation bounds what one inflated frame may grow to: a small compressed frame must
        // not become a huge message before the size check can see it.
        PerMessageDeflateServerExtensionHandshaker deflate = new PerMessageDeflateServerExtensionHandshaker(
                DEFLATE_LEVEL,
                ZlibCodecFactory.isSupportingWindowSizeAndMemLevel(),
                DEFLATE_WINDOW_BITS,
                false,
                false,
                maxSize);
        for (WebSocketExtensionData extension : WebSocketExtensionUtil.extractExtensions(offered)) {
            WebSocketServerExtension agreed = deflate.handshakeExtension(extension);
            if (agreed != null) {
                return agreed;
            }
        }
        return null;
    }

    private static String headerValue(WebSocketExtensionData data) {
        StringBuilder value = new StringBuilder(data.name());
        for (Map.Entry<String, String> parameter : data.parameters().entrySet()) {
            value.append("; ").append(parameter.getKey());
            if (parameter.getValue() != null) {
                value.append('=').append(parameter.getValue());
            }
        }
        return value.toString();
    }
}
