package dev.wharf.asgi.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.option.OptionCheck;
import dev.wharf.asgi.option.OptionHelp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginOptionTest {

    private static final OptionHelp HELP = OptionHelp.of("What it does.", "When it matters.", "The usual mistake.");

    @Test
    void eachTypeParsesItsTextAndFormatsItBack() {
        assertThat(PluginOption.integer("n", 1, HELP).parse(" 42 ")).isEqualTo(42);
        assertThat(PluginOption.decimal("x", 1, HELP).parse("2.5")).isEqualTo(2.5);
        assertThat(PluginOption.seconds("t", Duration.ZERO, HELP).parse("1.5")).isEqualTo(Duration.ofMillis(1500));
        assertThat(PluginOption.bool("b", false, HELP).parse("Yes")).isTrue();
        assertThat(PluginOption.bool("b", true, HELP).parse("off")).isFalse();
        assertThat(PluginOption.list("l", List.of(), HELP).parse(" a, b ,,c ")).containsExactly("a", "b", "c");
        assertThat(PluginOption.list("l", List.of("x"), HELP).parse("")).isEmpty();
        assertThat(PluginOption.choice("c", "pass", List.of("pass", "404"), HELP)
                        .parse("PASS"))
                .isEqualTo("pass");
        assertThat(PluginOption.string("s", "", HELP).parse("a=b")).isEqualTo("a=b");

        PluginOption<Duration> seconds = PluginOption.seconds("t", Duration.ofSeconds(600), HELP);
        assertThat(seconds.format(seconds.defaultValue())).isEqualTo("600");
        assertThat(seconds.format(Duration.ofMillis(250))).isEqualTo("0.25");
    }

    @Test
    void textThatIsNotOfTheTypeIsRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(
                        () -> PluginOption.integer("level", 6, HELP).range(1, 9).parse("six"))
                .hasMessage("'six' is not a whole number; use a whole number from 1 to 9");
        assertThatThrownBy(() -> PluginOption.decimal("x", 1, HELP).parse("NaN"))
                .hasMessage("'NaN' is not a number; use a number");
        assertThatThrownBy(() -> PluginOption.seconds("max_age", Duration.ZERO, HELP)
                        .atLeast(0)
                        .parse("10m"))
                .hasMessage("'10m' is not a number of seconds; use seconds, at least 0");
        assertThatThrownBy(() -> PluginOption.bool("b", false, HELP).parse("maybe"))
                .hasMessage("'maybe' is not on or off; use true or false");
        assertThatThrownBy(() -> PluginOption.choice("not_found", "pass", List.of("pass", "404"), HELP)
                        .parse("403"))
                .hasMessage("'403' is not one of the choices; use one of pass, 404");
    }

    @Test
    void valuesOutOfRangeOrBreakingARuleAreRefused() {
        assertThatThrownBy(
                        () -> PluginOption.integer("level", 6, HELP).range(1, 9).parse("12"))
                .hasMessage("12 is out of range; use a whole number from 1 to 9");
        PluginOption<String> prefix = PluginOption.string("prefix", "/static", HELP)
                .check(p -> p.startsWith("/"), "a path that starts with '/'");
        assertThatThrownBy(() -> prefix.parse("static"))
                .hasMessage("'static' is not allowed; use a path that starts with '/'");
        PluginOption<List<String>> origins = PluginOption.list("allow_origins", List.of(), HELP)
                .check(OptionCheck.eachItem(o -> !o.endsWith("/"), "origins without a trailing '/'"));
        assertThatThrownBy(() -> origins.parse("https://a.test,https://b.test/"))
                .hasMessage("'https://b.test/' is not allowed; use origins without a trailing '/'");
    }

    @Test
    void aDeclarationThatContradictsItselfFailsWhenItIsMade() {
        assertThatThrownBy(() -> PluginOption.integer("level", 12, HELP).range(1, 9))
                .hasMessage("option 'level': its default 12 is out of range; use a whole number from 1 to 9");
        assertThatThrownBy(() -> PluginOption.string("prefix", "", HELP).range(0, 1))
                .hasMessageContaining("a range needs a numeric type");
        assertThatThrownBy(() -> PluginOption.string("Bad-Name", "", HELP))
                .hasMessageContaining("use lower-case letters, digits and '_'");
    }

    @Test
    void aRequiredOptionHasNoDefault() {
        PluginOption<String> directory =
                PluginOption.string("directory", "", HELP).required();
        assertThat(directory.isRequired()).isTrue();
        assertThat(directory.defaultValue()).isNull();
        assertThat(directory.toString()).isEqualTo("directory (string, required)");
    }
}
