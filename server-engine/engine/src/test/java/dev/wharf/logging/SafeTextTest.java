package dev.wharf.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Client input printed in logs cannot drive the terminal or forge a line. */
class SafeTextTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain text stays", "/path?q=1", "/path?q=1"),
                Arguments.of("an escape sequence", "\u001b[31mred", "\\x1b[31mred"),
                Arguments.of("a newline forging a line", "a\nINFO: fake", "a\\x0aINFO: fake"),
                Arguments.of("carriage return and tab", "a\r\tb", "a\\x0d\\x09b"),
                Arguments.of("delete and C1 controls", "x\u007fy\u009bz", "x\\x7fy\\x9bz"),
                Arguments.of("letters beyond ASCII stay", "café", "café"),
                Arguments.of("nothing at all", null, "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void controlCharactersAreEscaped(String what, String input, String printed) {
        assertThat(SafeText.escape(input)).isEqualTo(printed);
    }
}
