package dev.wharf.servlet.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** HTTP dates ({@code Sun, 06 Nov 1994 08:49:37 GMT}) to and from epoch milliseconds. */
public final class HttpDates {

    private HttpDates() {}

    public static String format(long epochMillis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC));
    }

    /**
     * @return the date in epoch milliseconds
     * @throws IllegalArgumentException when the value is not an HTTP date, as {@code getDateHeader} must
     */
    public static long parse(String value) {
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()
                    .toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not an HTTP date", e);
        }
    }
}
