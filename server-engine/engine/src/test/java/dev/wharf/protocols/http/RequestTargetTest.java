package dev.wharf.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.protocols.RequestTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestTargetTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/|/|/|''",
                "/a/b?c=d|/a/b|/a/b|c=d",
                "/%7Euser|/%7Euser|/~user|''",
                "/bad%zzescape|/bad%zzescape|/bad%zzescape|''",
                "/trailing%|/trailing%|/trailing%|''",
                "http://h:80/x?y|/x|/x|y",
                "http://h:80?y|/|/|y",
                "*|*|*|''",
                "/p#frag|/p|/p|''",
            })
    void splitsRawPathDecodedPathAndQuery(String uri, String rawPath, String path, String query) {
        RequestTarget target = RequestTarget.parse(uri);
        assertThat(target.rawPath()).isEqualTo(rawPath);
        assertThat(target.path()).isEqualTo(path);
        assertThat(new String(target.queryString())).isEqualTo(query);
    }
}
