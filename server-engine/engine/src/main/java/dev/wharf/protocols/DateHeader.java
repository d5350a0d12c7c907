package dev.wharf.protocols;

import io.netty.handler.codec.DateFormatter;
import io.netty.util.AsciiString;
import java.util.Date;

/**
 * The {@code date} response header, formatted once per second rather than once per response
 * (Uvicorn refreshes it on its one-second tick for the same reason).
 */
final class DateHeader {

    private record Cached(long second, AsciiString value) {}

    private volatile Cached cached = new Cached(-1, AsciiString.EMPTY_STRING);

    AsciiString now() {
        long millis = System.currentTimeMillis();
        long second = millis / 1000;
        Cached current = cached;
        if (current.second() != second) {
            current = new Cached(second, AsciiString.cached(DateFormatter.format(new Date(second * 1000))));
            cached = current;
        }
        return current.value();
    }
}
