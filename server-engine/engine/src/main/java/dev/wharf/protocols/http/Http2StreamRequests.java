package dev.wharf.protocols.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http2.HttpConversionUtil;
import java.util.List;

/**
 * A stream's request as {@link HttpConnection} takes one: a request without a body arrives from
 * Netty's conversion as one full request, which is split into its head and its (empty) end; the
 * headers Netty adds to carry HTTP/2's pseudo-headers and stream id are not the client's, and go.
 */
final class Http2StreamRequests extends MessageToMessageDecoder<HttpObject> {

    @Override
    protected void decode(ChannelHandlerContext ctx, HttpObject message, List<Object> out) {
        if (message instanceof FullHttpRequest full) {
            DefaultHttpRequest head =
                    new DefaultHttpRequest(full.protocolVersion(), full.method(), full.uri(), full.headers());
            clean(head);
            out.add(head);
            out.add(new DefaultLastHttpContent(full.content().retain()));
        } else if (message instanceof HttpRequest request) {
            clean(request);
            out.add(request);
        } else {
            out.add(io.netty.util.ReferenceCountUtil.retain(message));
        }
    }

    private static void clean(HttpRequest request) {
        request.headers()
                .remove(HttpConversionUtil.ExtensionHeaderNames.SCHEME.text())
                .remove(HttpConversionUtil.ExtensionHeaderNames.STREAM_ID.text())
                .remove(HttpConversionUtil.ExtensionHeaderNames.PATH.text())
                .remove(HttpConversionUtil.ExtensionHeaderNames.STREAM_DEPENDENCY_ID.text())
                .remove(HttpConversionUtil.ExtensionHeaderNames.STREAM_WEIGHT.text());
    }
}
