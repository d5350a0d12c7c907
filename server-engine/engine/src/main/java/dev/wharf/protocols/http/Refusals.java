package dev.wharf.protocols.http;

import dev.wharf.protocols.ErrorResponses;
import dev.wharf.protocols.ProtocolContext;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * How a connection ends when the server refuses what the client sent: an error response that says
 * the connection closes, then the close; or the close alone once part of a response is out.
 */
final class Refusals {

    private Refusals() {}

    /** The status a request Netty could not decode gets: 431 and 414 for heads too big, else 400. */
    static HttpResponseStatus statusOf(Throwable decodeFailure) {
        // The line's exception is a frame exception too: it goes first.
        if (decodeFailure instanceof TooLongHttpLineException) {
            return HttpResponseStatus.REQUEST_URI_TOO_LONG;
        }
        if (decodeFailure instanceof TooLongHttpHeaderException || decodeFailure instanceof TooLongFrameException) {
            return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return HttpResponseStatus.BAD_REQUEST;
    }

    /** Answers {@code status} and closes the connection once it is written. */
    static void answer(ChannelHandlerContext ctx, ProtocolContext protocol, HttpResponseStatus status) {
        ctx.writeAndFlush(ErrorResponses.closing(status, status.reasonPhrase(), protocol.defaultHeaders()))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /** Ends a request the app may already serve: it is told the client is gone, and the client gets {@code status} if nothing else was sent. */
    static void endCycle(
            ChannelHandlerContext ctx,
            ProtocolContext protocol,
            RequestResponseCycle cycle,
            HttpResponseStatus status) {
        cycle.onRefused();
        if (cycle.nothingWritten()) {
            answer(ctx, protocol, status);
        } else {
            ctx.close();
        }
    }
}
