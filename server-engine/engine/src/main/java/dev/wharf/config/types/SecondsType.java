package dev.wharf.config.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.InvalidValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** A duration typed in seconds, fractions allowed ({@code 0.25}), as Uvicorn's timeouts; optionally "none". */
public final class SecondsType extends BaseType<Duration> {

    private final Duration min;
    private final boolean minExclusive;

    SecondsType(Duration min, boolean minExclusive, boolean optional) {
        super(optional);
        this.min = min;
        this.minExclusive = minExclusive;
    }

    @Override
    public Kind kind() {
        return Kind.SECONDS;
    }

    @Override
    Duration parsePresent(String text) {
        String number =
                text.endsWith("s") ? text.substring(0, text.length() - 1).strip() : text;
        try {
            return ofSeconds(new BigDecimal(number));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValue("'" + text + "' is not a number of seconds; use " + allowed());
        }
    }

    @Override
    Duration fromJsonPresent(JsonNode node) {
        if (!node.isNumber()) {
            throw new InvalidValue(node + " is not a number of seconds; use " + allowed());
        }
        return ofSeconds(node.decimalValue());
    }

    private static Duration ofSeconds(BigDecimal seconds) {
        return Duration.ofNanos(
                seconds.movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Seconds as a number, {@code 5} or {@code 0.25}, never {@code 5.0}. */
    private static BigDecimal seconds(Duration value) {
        BigDecimal s = BigDecimal.valueOf(value.toNanos()).movePointLeft(9).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    void checkPresent(Duration value) {
        int vsMin = value.compareTo(min);
        if (vsMin < 0 || (minExclusive && vsMin == 0)) {
            throw new InvalidValue(formatPresent(value) + " is out of range; use " + allowed());
        }
    }

    @Override
    String formatPresent(Duration value) {
        return seconds(value).toPlainString();
    }

    @Override
    public Object toJson(Duration value) {
        return value == null ? null : seconds(value);
    }

    @Override
    public String allowed() {
        String range = "seconds, " + (minExclusive ? "more than " : "at least ") + formatPresent(min);
        return optional() ? range + ", or none" : range;
    }

    @Override
    public String label() {
        return "SECONDS";
    }
}
