package dev.wharf.asgi.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionTypesTest {

    private enum Lifespan {
        AUTO,
        ON,
        OFF
    }

    @Test
    void integerOutOfRangeSaysWhatIsAllowed() {
        IntegerType port = OptionTypes.integer(0, 65535, "PORT");
        assertThat(port.parse("8080")).isEqualTo(8080);
        assertThatThrownBy(() -> port.parse("70000"))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("70000 is out of range; use a whole number from 0 to 65535");
        assertThatThrownBy(() -> port.parse("eighty"))
                .hasMessage("'eighty' is not a whole number; use a whole number from 0 to 65535");
    }

    @Test
    void optionalIntegerTakesNoneAsNoValue() {
        IntegerType limit = OptionTypes.optionalInteger(1, 100);
        assertThat(limit.parse("none")).isNull();
        assertThat(limit.parse("")).isNull();
        assertThat(limit.fromJson(null)).isNull();
        assertThat(limit.fromJson(7)).isEqualTo(7);
        assertThat(limit.allowed()).isEqualTo("a whole number from 1 to 100, or none");
    }

    @Test
    void integerFromJsonRefusesFractionsAndText() {
        IntegerType workers = OptionTypes.integer(1, 8);
        assertThatThrownBy(() -> workers.fromJson(2.5)).hasMessageContaining("2.5 is not a whole number");
        assertThatThrownBy(() -> workers.fromJson(true)).hasMessageContaining("true is not a whole number");
        assertThat(workers.fromJson("3")).isEqualTo(3);
    }

    @Test
    void secondsTakeFractionsAndAnSuffixAndFormatWithoutTrailingZeros() {
        SecondsType timeout = OptionTypes.secondsAbove(Duration.ZERO);
        assertThat(timeout.parse("0.25")).isEqualTo(Duration.ofMillis(250));
        assertThat(timeout.parse("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(timeout.format(Duration.ofSeconds(5))).isEqualTo("5");
        assertThat(timeout.format(Duration.ofMillis(1500))).isEqualTo("1.5");
        assertThat(timeout.toJson(Duration.ofSeconds(20))).hasToString("20");
        assertThatThrownBy(() -> timeout.parse("0")).hasMessage("0 is out of range; use seconds, more than 0");
        assertThatThrownBy(() -> timeout.parse("-1")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> timeout.parse("soon"))
                .hasMessage("'soon' is not a number of seconds; use seconds, more than 0");
    }

    @Test
    void optionalSecondsAllowZeroAndNone() {
        SecondsType graceful = OptionTypes.optionalSeconds(Duration.ZERO);
        assertThat(graceful.parse("0")).isEqualTo(Duration.ZERO);
        assertThat(graceful.parse("none")).isNull();
        assertThat(graceful.format(null)).isEqualTo("none");
    }

    @Test
    void booleansAcceptTheUsualSpellings() {
        BooleanType bool = OptionTypes.bool();
        assertThat(List.of("true", "1", "yes", "on", "TRUE")).allMatch(bool::parse);
        assertThat(List.of("false", "0", "no", "off")).noneMatch(bool::parse);
        assertThatThrownBy(() -> bool.parse("maybe")).hasMessage("'maybe' is not on or off; use true or false");
    }

    @Test
    void choicesAreTypedInLowerCaseAndListedWhenRefused() {
        ChoiceType<Lifespan> lifespan = OptionTypes.choice(Lifespan.class);
        assertThat(lifespan.parse("ON")).isEqualTo(Lifespan.ON);
        assertThat(lifespan.choices()).containsExactly("auto", "on", "off");
        assertThatThrownBy(() -> lifespan.parse("sometimes"))
                .hasMessage("'sometimes' is not one of the choices; use one of auto, on, off");
    }

    @Test
    void listsSplitTextOnTheirSeparatorAndCheckEachItem() {
        ListType globs = OptionTypes.list(
                OptionTypes.text(
                        "GLOB", "a glob", g -> g.contains("[") && !g.contains("]") ? "is not a valid glob" : null),
                ",");
        assertThat(globs.parse("*.java, *.class,,")).containsExactly("*.java", "*.class");
        assertThat(globs.fromJson(List.of("*.html"))).containsExactly("*.html");
        assertThatThrownBy(() -> globs.parse("*.java,[oops")).hasMessage("'[oops' is not a valid glob; use a glob");
        assertThatThrownBy(() -> globs.fromJson(Map.of("a", 1))).hasMessageContaining("is not a list");
    }

    @Test
    void textRulesExplainTheProblem() {
        TextType rootPath = OptionTypes.text("PATH", "a path like /api", p -> p.endsWith("/") ? "ends with '/'" : null);
        assertThat(rootPath.parse("/api")).isEqualTo("/api");
        assertThatThrownBy(() -> rootPath.parse("/api/")).hasMessage("'/api/' ends with '/'; use a path like /api");
    }

    @Test
    void openTypesNarrowedByARangeSayTheRange() {
        assertThat(OptionTypes.integer().allowed()).isEqualTo("a whole number");
        assertThat(OptionTypes.integer().range(1, 9).allowed()).isEqualTo("a whole number from 1 to 9");
        assertThat(OptionTypes.integer().range(0, Double.POSITIVE_INFINITY).allowed())
                .isEqualTo("a whole number of at least 0");
        assertThat(OptionTypes.number().range(Double.NEGATIVE_INFINITY, 10).allowed())
                .isEqualTo("a number of at most 10");
        assertThat(OptionTypes.seconds().allowed()).isEqualTo("a number of seconds");
        assertThat(OptionTypes.seconds().range(0, Double.POSITIVE_INFINITY).allowed())
                .isEqualTo("seconds, at least 0");
        assertThatThrownBy(() -> OptionTypes.number().range(0, 1).parse("2.5"))
                .hasMessage("2.5 is out of range; use a number from 0 to 1");
        assertThatThrownBy(() -> OptionTypes.number().parse("NaN")).hasMessage("'NaN' is not a number; use a number");
        assertThatThrownBy(() -> OptionTypes.text().range(0, 1)).hasMessage("a range needs a numeric type, not string");
    }

    @Test
    void aRuleOfItsOwnReplacesAnyTextAndJoinsOtherWords() {
        OptionType<String> prefix = OptionCheck.<String>of(p -> p.startsWith("/"), "a path that starts with '/'")
                .applyTo(OptionTypes.text());
        assertThat(prefix.allowed()).isEqualTo("a path that starts with '/'");
        assertThatThrownBy(() -> prefix.parse("static"))
                .hasMessage("'static' is not allowed; use a path that starts with '/'");

        OptionType<List<String>> origins = OptionCheck.eachItem(o -> !o.endsWith("/"), "origins without a trailing '/'")
                .applyTo(OptionTypes.list());
        assertThat(origins.parse(" a, b ,,c ")).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> origins.parse("https://a.test,https://b.test/"))
                .hasMessage("'https://b.test/' is not allowed; use origins without a trailing '/'");
    }

    @Test
    void choicesOfWordsGiveTheWordAsListed() {
        ChoiceType<String> notFound = OptionTypes.choice(List.of("pass", "404"));
        assertThat(notFound.parse("PASS")).isEqualTo("pass");
        assertThatThrownBy(() -> notFound.check("403"))
                .hasMessage("'403' is not one of the choices; use one of pass, 404");
    }

    @Test
    void aRefusedJsonValueIsQuotedAsTheFileHeldIt() {
        assertThatThrownBy(() -> OptionTypes.integer(1, 8).fromJson(List.of("a", Map.of("b", "c\"d"))))
                .hasMessage("[\"a\",{\"b\":\"c\\\"d\"}] is not a whole number; use a whole number from 1 to 8");
        assertThatThrownBy(() -> OptionTypes.bool().fromJson(null))
                .hasMessage("null is not on or off; use true or false");
    }
}
