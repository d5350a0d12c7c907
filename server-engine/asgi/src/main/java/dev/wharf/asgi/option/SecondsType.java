package dev.wharf.asgi.option;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A duration typed in seconds, fractions allowed ({@code 0.25}) and an {@code s} after them too,
 * as Uvicorn's timeouts; optionally "none". Its range may be open at either end.
 */
public final class SecondsType extends BaseType<Duration> {

    /** The shortest duration allowed, or {@code null} for none. */
    private final Duration min;

    private final boolean minExclusive;
    /** The longest duration allowed, or {@code null} for none. */
    private final Duration max;

    SecondsType(Duration min, boolean minExclusive, Duration max, boolean optional) {
        super(optional);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("not a range: " + seconds(min) + " to " + seconds(max));
        }
        this.min = min;
        this.minExclusive = minExclusive;
        this.max = max;
    }

    @Override
    public OptionKind kind() {
        return OptionKind.SECONDS;
    }

    @Override
    public SecondsType range(double min, double max) {
        checkRange(min, max);
        return new SecondsType(
                min == Double.NEGATIVE_INFINITY ? null : ofSeconds(BigDecimal.valueOf(min)),
                false,
                max == Double.POSITIVE_INFINITY ? null : ofSeconds(BigDecimal.valueOf(max)),
                optional());
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
    Duration fromJsonPresent(Object json) {
        BigDecimal seconds = switch (json) {
            case BigDecimal decimal -> decimal;
            case BigInteger whole -> new BigDecimal(whole);
            case Double number when Double.isFinite(number) -> BigDecimal.valueOf(number);
            case Float number when Float.isFinite(number) -> BigDecimal.valueOf(number.doubleValue());
            case Integer number -> BigDecimal.valueOf(number);
            case Long number -> BigDecimal.valueOf(number);
            case Short number -> BigDecimal.valueOf(number);
            case Byte number -> BigDecimal.valueOf(number);
            default -> throw new InvalidValue(JsonText.of(json) + " is not a number of seconds; use " + allowed());
        };
        try {
            return ofSeconds(seconds);
        } catch (ArithmeticException e) {
            throw new InvalidValue(JsonText.of(json) + " is not a number of seconds; use " + allowed());
        }
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
        boolean below = min != null && (minExclusive ? value.compareTo(min) <= 0 : value.compareTo(min) < 0);
        boolean above = max != null && value.compareTo(max) > 0;
        if (below || above) {
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
        String range;
        if (min == null && max == null) {
            range = "a number of seconds";
        } else if (max == null) {
            range = "seconds, " + (minExclusive ? "more than " : "at least ") + formatPresent(min);
        } else if (min == null) {
            range = "seconds, at most " + formatPresent(max);
        } else if (minExclusive) {
            range = "seconds, more than " + formatPresent(min) + " and at most " + formatPresent(max);
        } else {
            range = "seconds, from " + formatPresent(min) + " to " + formatPresent(max);
        }
        return optional() ? range + ", or none" : range;
    }

    @Override
    public String label() {
        return "SECONDS";
    }
}
