package dev.wharf.protocols.http;

import dev.wharf.protocols.ProtocolContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;

/**
 * HTTP/2 on a connection: Netty's frame codec (RFC 9113 framing, header validation, HPACK, flow
 * control) and one child channel per stream, each served as one HTTP/1.1-shaped exchange by its own
 * {@link HttpConnection}, so a stream gets everything a request gets (limits, timeouts, the access
 * log, proxy headers, plugins) on its own virtual thread. Reading a stream pauses as HTTP/1.1
 * reading does, which withholds its WINDOW_UPDATEs: the peer's sending stops, HTTP/2's backpressure.
 */
final class Http2Pipeline {

    /** SETTINGS_MAX_CONCURRENT_STREAMS: the streams one client may have open at once, as nginx's default. */
    static final int MAX_CONCURRENT_STREAMS = 128;

    /**
     * Rapid reset (CVE-2023-44487): a client that resets more streams than this within {@link
     * #RESET_WINDOW_SECONDS} gets GOAWAY, so opening and cancelling streams cannot keep the worker
     * starting work it never finishes.
     */
    static final int MAX_RESETS_PER_WINDOW = 200;

    static final int RESET_WINDOW_SECONDS = 30;

    private Http2Pipeline() {}

    static void install(ChannelPipeline pipeline, ProtocolContext protocol) {
        Http2FrameCodec codec = Http2FrameCodecBuilder.forServer()
                .initialSettings(Http2Settings.defaultSettings()
                        .maxConcurrentStreams(MAX_CONCURRENT_STREAMS)
                        // Also bounds a header block spread over CONTINUATION frames: a longer one is refused
                        // as it arrives, never buffered whole (the CONTINUATION flood).
                        .maxHeaderListSize(protocol.maxIncompleteEventSize()))
                .validateHeaders(true)
                .decoderEnforceMaxRstFramesPerWindow(MAX_RESETS_PER_WINDOW, RESET_WINDOW_SECONDS)
                // Graceful shutdown waits for streams in flight for as long as the server's own drain does.
                .gracefulShutdownTimeoutMillis(-1)
                .build();
        pipeline.addLast("h2", codec);
        pipeline.addLast("h2-streams", new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel stream) {
                // Counted from its first frame until it ends (closed, reset or cut with its connection), for telemetry.
                protocol.serverState().http2StreamOpened();
                stream.closeFuture()
                        .addListener(closed -> protocol.serverState().http2StreamClosed());
                stream.pipeline().addLast("h2-http", new Http2StreamFrameToHttpObjectCodec(true, false));
                stream.pipeline().addLast("h2-request", new Http2StreamRequests());
                stream.pipeline().addLast("asgi-http", new HttpConnection(protocol));
            }
        }));
        pipeline.addLast("h2-connection", new Http2Connection(protocol, codec));
    }
}
