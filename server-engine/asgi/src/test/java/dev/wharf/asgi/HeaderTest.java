package dev.wharf.asgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderTest {

    @Test
    void headersCompareByTheirBytes() {
        assertThat(Header.of("content-type", "text/plain")).isEqualTo(Header.of("content-type", "text/plain"));
        assertThat(Header.of("content-type", "text/plain")).hasSameHashCodeAs(Header.of("content-type", "text/plain"));
        assertThat(Header.of("content-type", "text/plain")).isNotEqualTo(Header.of("content-type", "text/html"));
        assertThat(Header.of("x", "1")).hasToString("x: 1");
    }

    @Test
    void nameMatchIgnoresAsciiCase() {
        assertThat(Header.of("content-type", "x").nameIs("Content-Type")).isTrue();
        assertThat(Header.of("content-type", "x").nameIs("content-length")).isFalse();
    }

    @Test
    void textIsLatin1AsOnTheWire() {
        Header header = Header.of("x-name", "café");
        assertThat(header.value()).hasSize(4);
        assertThat(header.valueText()).isEqualTo("café");
    }

    @Test
    void nullPartsAreRefused() {
        assertThatThrownBy(() -> new Header(null, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void connectionScopeFindsHeadersAndQueryText() {
        HttpScope scope = new HttpScope(
                AsgiVersion.HTTP,
                "1.1",
                "GET",
                "http",
                "/",
                "/".getBytes(),
                "a=1".getBytes(),
                "",
                List.of(Header.of("host", "example"), Header.of("accept", "*/*")),
                new Address("127.0.0.1", 5000),
                new Address("127.0.0.1", 8000),
                Map.of(),
                Map.of());
        assertThat(scope.type()).isEqualTo("http");
        assertThat(scope.header("Accept")).contains("*/*");
        assertThat(scope.header("cookie")).isEmpty();
        assertThat(scope.queryStringText()).isEqualTo("a=1");
        assertThat(scope.client()).hasToString("127.0.0.1:5000");
    }
}
