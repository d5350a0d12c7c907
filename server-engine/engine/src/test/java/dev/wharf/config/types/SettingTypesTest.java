package dev.wharf.config.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.InvalidValue;
import dev.wharf.config.LifespanMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingTypesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void integerOutOfRangeSaysWhatIsAllowed() {
        IntegerType port = Types.integer(0, 65535, "PORT");
        assertThat(port.parse("8080")).isEqualTo(8080);
        assertThatThrownBy(() -> port.parse("70000"))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("70000 is out of range; use a whole number from 0 to 65535");
        assertThatThrownBy(() -> port.parse("eighty"))
                .hasMessage("'eighty' is not a whole number; use a whole number from 0 to 65535");
    }

    @Test
    void optionalIntegerTakesNoneAsNoValue() throws Exception {
        IntegerType limit = Types.optionalInteger(1, 100);
        assertThat(limit.parse("none")).isNull();
        assertThat(limit.parse("")).isNull();
        assertThat(limit.fromJson(JSON.readTree("null"))).isNull();
        assertThat(limit.fromJson(JSON.readTree("7"))).isEqualTo(7);
        assertThat(limit.allowed()).isEqualTo("a whole number from 1 to 100, or none");
    }

    @Test
    void integerFromJsonRefusesFractionsAndText() throws Exception {
        IntegerType workers = Types.integer(1, 8);
        assertThatThrownBy(() -> workers.fromJson(JSON.readTree("2.5")))
                .hasMessageContaining("2.5 is not a whole number");
        assertThatThrownBy(() -> workers.fromJson(JSON.readTree("true")))
                .hasMessageContaining("true is not a whole number");
        assertThat(workers.fromJson(JSON.readTree("\"3\""))).isEqualTo(3);
    }

    @Test
    void secondsTakeFractionsAndAnSuffixAndFormatWithoutTrailingZeros() {
        SecondsType timeout = Types.secondsAbove(Duration.ZERO);
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
        SecondsType graceful = Types.optionalSeconds(Duration.ZERO);
        assertThat(graceful.parse("0")).isEqualTo(Duration.ZERO);
        assertThat(graceful.parse("none")).isNull();
        assertThat(graceful.format(null)).isEqualTo("none");
    }

    @Test
    void booleansAcceptTheUsualSpellings() {
        BooleanType bool = Types.bool();
        assertThat(List.of("true", "1", "yes", "on", "TRUE")).allMatch(bool::parse);
        assertThat(List.of("false", "0", "no", "off")).noneMatch(bool::parse);
        assertThatThrownBy(() -> bool.parse("maybe")).hasMessage("'maybe' is not on or off; use true or false");
    }

    @Test
    void choicesAreTypedInLowerCaseAndListedWhenRefused() {
        ChoiceType<LifespanMode> lifespan = Types.choice(LifespanMode.class);
        assertThat(lifespan.parse("ON")).isEqualTo(LifespanMode.ON);
        assertThat(lifespan.choices()).containsExactly("auto", "on", "off");
        assertThatThrownBy(() -> lifespan.parse("sometimes"))
                .hasMessage("'sometimes' is not one of the choices; use one of auto, on, off");
    }

    @Test
    void listsSplitTextOnTheirSeparatorAndCheckEachItem() throws Exception {
        ListType globs = Types.list(
                Types.text("GLOB", "a glob", g -> g.contains("[") && !g.contains("]") ? "is not a valid glob" : null),
                ",");
        assertThat(globs.parse("*.java, *.class,,")).containsExactly("*.java", "*.class");
        assertThat(globs.fromJson(JSON.readTree("[\"*.html\"]"))).containsExactly("*.html");
        assertThatThrownBy(() -> globs.parse("*.java,[oops")).hasMessage("'[oops' is not a valid glob; use a glob");
        assertThatThrownBy(() -> globs.fromJson(JSON.readTree("{\"a\":1}"))).hasMessageContaining("is not a list");
    }

    @Test
    void textRulesExplainTheProblem() {
        TextType rootPath = Types.text("PATH", "a path like /api", p -> p.endsWith("/") ? "ends with '/'" : null);
        assertThat(rootPath.parse("/api")).isEqualTo("/api");
        assertThatThrownBy(() -> rootPath.parse("/api/")).hasMessage("'/api/' ends with '/'; use a path like /api");
    }
}
