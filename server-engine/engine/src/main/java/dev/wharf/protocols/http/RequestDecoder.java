package dev.wharf.protocols.http;

import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.util.AsciiString;

/**
 * Netty's request decoder with request smuggling refused rather than repaired: a request that has
 * both {@code Transfer-Encoding: chunked} and {@code Content-Length} is marked invalid (Netty's
 * default drops the Content-Length and carries on), so it is answered 400 and the connection closed.
 */
final class RequestDecoder extends HttpRequestDecoder {

    /** Content-Length headers of the request whose head is being parsed. */
    private int contentLengths;

    RequestDecoder(int maxIncompleteEventSize) {
        super(new HttpDecoderConfig()
                .setMaxInitialLineLength(maxIncompleteEventSize)
                .setMaxHeaderSize(maxIncompleteEventSize)
                .setMaxChunkSize(64 * 1024)
                .setAllowDuplicateContentLengths(false)
                .setStrictLineParsing(true));
    }

    /**
     * Netty takes the first of several Content-Length headers of an HTTP/1.0 request and drops the
     * rest before anything else sees them, so they are counted here, as the head is parsed.
     */
    @Override
    protected HttpMessage createMessage(String[] initialLine) throws Exception {
        contentLengths = 0;
        return super.createMessage(initialLine);
    }

    @Override
    protected AsciiString splitHeaderName(byte[] sb, int start, int end) {
        AsciiString name = super.splitHeaderName(sb, start, end);
        if (name.contentEqualsIgnoreCase(HttpHeaderNames.CONTENT_LENGTH) && ++contentLengths > 1) {
            throw new IllegalArgumentException("Several Content-Length headers (RFC 9112 6.3)");
        }
        return name;
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        throw new IllegalArgumentException(
                "Both Transfer-Encoding and Content-Length are present (possible request smuggling)");
    }
}
