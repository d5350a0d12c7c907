package dev.wharf.plugins.staticfiles;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110, 5.6.7): {@code Sun, 06 Nov 1994 08:49:37 GMT}. Written with a two-digit day,
 * which {@link DateTimeFormatter#RFC_1123_DATE_TIME} does not pad; read with it, as it takes both.
 */
final class HttpDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private HttpDates() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** The instant a header names, or empty for a date that is malformed (which RFC 9110 says to ignore). */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip(), Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
