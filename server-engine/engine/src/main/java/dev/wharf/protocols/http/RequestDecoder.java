package dev.wharf.protocols.http;

import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequestDecoder;

/**
 * Netty's request decoder with request smuggling refused rather than repaired: a request that has
 * both {@code Transfer-Encoding: chunked} and {@code Content-Length} is marked invalid (Netty's
 * default drops the Content-Length and carries on), so it is answered 400 and the connection closed.
 */
final class RequestDecoder extends HttpRequestDecoder {

    RequestDecoder(int maxIncompleteEventSize) {
        super(new HttpDecoderConfig()
                .setMaxInitialLineLength(maxIncompleteEventSize)
                .setMaxHeaderSize(maxIncompleteEventSize)
                .setMaxChunkSize(64 * 1024)
                .setAllowDuplicateContentLengths(false)
                .setStrictLineParsing(true));
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        throw new IllegalArgumentException(
                "Both Transfer-Encoding and Content-Length are present (possible request smuggling)");
    }
}
