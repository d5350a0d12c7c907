package dev.wharf.asgi.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderListsTest {

    private final List<Header> headers = List.of(
            Header.of("content-type", "text/plain"), Header.of("Content-Length", "5"), Header.of("vary", "Origin"));

    @Test
    void readsDropsAndSetsHeadersIgnoringCase() {
        assertThat(HeaderLists.first(headers, "CONTENT-LENGTH")).contains("5");
        assertThat(HeaderLists.first(headers, "etag")).isEmpty();
        assertThat(HeaderLists.without(headers, "content-length", "vary"))
                .containsExactly(Header.of("content-type", "text/plain"));
        assertThat(HeaderLists.with(headers, "content-length", "7"))
                .containsExactly(
                        Header.of("content-type", "text/plain"),
                        Header.of("vary", "Origin"),
                        Header.of("content-length", "7"));
        assertThat(headers).hasSize(3);
    }

    @Test
    void varyGainsAFieldOnceAndKeepsWhatItHad() {
        List<Header> once = HeaderLists.withVary(headers, "Accept-Encoding");
        assertThat(HeaderLists.first(once, "vary")).contains("Origin, Accept-Encoding");
        assertThat(HeaderLists.withVary(once, "accept-encoding")).isEqualTo(once);
        assertThat(HeaderLists.first(HeaderLists.withVary(List.of(), "Origin"), "vary"))
                .contains("Origin");
        assertThat(HeaderLists.withVary(List.of(Header.of("vary", "*")), "Origin"))
                .containsExactly(Header.of("vary", "*"));
    }
}
