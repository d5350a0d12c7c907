package dev.wharf.config.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void plainWordsStayAsTheyAre() {
        assertThat(ShellWords.join(List.of("wharf", "run", "com.example.Main:app", "--workers", "3", "/srv/app")))
                .isEqualTo("wharf run com.example.Main:app --workers 3 /srv/app");
    }

    @Test
    void aShellReadsTheQuotedWordsBackAsTheyWere() throws Exception {
        List<String> words = List.of(
                "x-team: it's ours", "$HOME", "a;b", "`id`", "*.java", "", "=zsh", "back\\slash", "tab\there", "~");

        Process shell = new ProcessBuilder("sh", "-c", "printf '%s\\n' " + ShellWords.join(words))
                .redirectErrorStream(true)
                .start();
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(out.split("\n", -1)).containsExactly(append(words, ""));
    }

    private static String[] append(List<String> words, String last) {
        String[] all = words.toArray(new String[words.size() + 1]);
        all[words.size()] = last;
        return all;
    }
}
