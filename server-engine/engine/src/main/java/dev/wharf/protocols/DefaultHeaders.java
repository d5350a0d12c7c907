package dev.wharf.protocols;

import dev.wharf.asgi.Header;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import java.util.List;

/**
 * The headers the server adds to every response: {@code server: wharf}, {@code date} and those
 * given with {@code --header}. A header the application sets itself wins over a default one.
 */
public final class DefaultHeaders {

    static final AsciiString SERVER_VALUE = AsciiString.cached("wharf");

    private final boolean server;
    private final boolean date;
    private final List<Header> extra;
    private final DateHeader dateHeader = new DateHeader();

    public DefaultHeaders(boolean server, boolean date, List<Header> extra) {
        this.server = server;
        this.date = date;
        this.extra = List.copyOf(extra);
    }

    /** Adds the defaults that the application's headers did not set. */
    public void addTo(HttpHeaders headers) {
        if (server && !headers.contains(HttpHeaderNames.SERVER)) {
            headers.add(HttpHeaderNames.SERVER, SERVER_VALUE);
        }
        if (date && !headers.contains(HttpHeaderNames.DATE)) {
            headers.add(HttpHeaderNames.DATE, dateHeader.now());
        }
        for (Header header : extra) {
            AsciiString name = new AsciiString(header.name(), false);
            if (!headers.contains(name)) {
                headers.add(name, new AsciiString(header.value(), false));
            }
        }
    }
}
