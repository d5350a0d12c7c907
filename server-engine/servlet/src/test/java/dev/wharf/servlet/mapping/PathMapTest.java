package dev.wharf.servlet.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.MappingMatch;
import org.junit.jupiter.api.Test;

/** The Servlet spec's selection order: exact, longest prefix, extension, default. */
class PathMapTest {

    private final PathMap<String> map = new PathMap<>();

    PathMapTest() {
        map.put("/catalog", "exact", "exact");
        map.put("/catalog/*", "catalog", "catalog");
        map.put("/catalog/racing/*", "racing", "racing");
        map.put("*.bop", "bop", "bop");
        map.put("/", "default", "default");
        map.put("", "root", "root");
    }

    @Test
    void exactMatchWinsOverEveryPattern() {
        PathMatch<String> match = map.match("/catalog");

        assertThat(match.target()).isEqualTo("exact");
        assertThat(match.servletPath()).isEqualTo("/catalog");
        assertThat(match.pathInfo()).isNull();
        assertThat(match.getMappingMatch()).isEqualTo(MappingMatch.EXACT);
    }

    @Test
    void longestPrefixWinsAndTheRestIsPathInfo() {
        PathMatch<String> match = map.match("/catalog/racing/cars.bop");

        assertThat(match.target()).isEqualTo("racing");
        assertThat(match.servletPath()).isEqualTo("/catalog/racing");
        assertThat(match.pathInfo()).isEqualTo("/cars.bop");
        assertThat(match.getMatchValue()).isEqualTo("cars.bop");
    }

    @Test
    void extensionAppliesWhenNoPrefixMatches() {
        PathMatch<String> match = map.match("/index.bop");

        assertThat(match.target()).isEqualTo("bop");
        assertThat(match.servletPath()).isEqualTo("/index.bop");
        assertThat(match.getMatchValue()).isEqualTo("index");
    }

    @Test
    void defaultServletTakesTheRestAndTheEmptyPatternTheContextRoot() {
        assertThat(map.match("/other/page").target()).isEqualTo("default");
        assertThat(map.match("/other/page").servletPath()).isEqualTo("/other/page");
        assertThat(map.match("/").target()).isEqualTo("root");
        assertThat(map.match("/").pathInfo()).isEqualTo("/");
    }

    @Test
    void slashStarGivesAnEmptyServletPath() {
        PathMap<String> all = new PathMap<>();
        all.put("/*", "all", "all");

        assertThat(all.match("/a/b").servletPath()).isEmpty();
        assertThat(all.match("/a/b").pathInfo()).isEqualTo("/a/b");
    }

    @Test
    void nothingMatchesWithoutADefault() {
        PathMap<String> none = new PathMap<>();
        none.put("/only", "only", "only");

        assertThat(none.match("/else")).isNull();
    }

    @Test
    void patternsTheSpecDoesNotAllowAreRefusedWithTheAllowedForms() {
        assertThatThrownBy(() -> UrlPattern.parse("/a/*/b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/api/*");
        assertThatThrownBy(() -> UrlPattern.parse("noslash")).isInstanceOf(IllegalArgumentException.class);
    }
}
