package dev.wharf.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.plugin.AppCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The code version a worker's plugins see: the same in every worker of a generation and after the
 * same swaps, another one for another generation's classpath or another swap, and news of each
 * swap and of the drain.
 */
class ServedCodeTest {

    private static final List<Path> GENERATION_2 =
            List.of(Path.of("/tmp/wharf-reload-1/classes-2"), Path.of("target/classes"));

    @Test
    void workersOfOneGenerationAgreeOnTheVersionBeforeAndAfterTheSameSwap() {
        ServedCode first = ServedCode.of("demo.Main:app", GENERATION_2);
        ServedCode second = ServedCode.of("demo.Main:app", GENERATION_2);
        assertThat(first.version()).isEqualTo(second.version()).hasSize(12);

        first.swapped(Map.of("demo.Greeting", new byte[] {1, 2}, "demo.Page", new byte[] {3}));
        second.swapped(Map.of("demo.Page", new byte[] {3}, "demo.Greeting", new byte[] {1, 2}));

        assertThat(first.version()).isEqualTo(second.version());
    }

    @Test
    void anotherGenerationsClasspathOrAnotherSwapIsAnotherVersion() {
        ServedCode served = ServedCode.of("demo.Main:app", GENERATION_2);
        ServedCode next = ServedCode.of(
                "demo.Main:app", List.of(Path.of("/tmp/wharf-reload-1/classes-3"), Path.of("target/classes")));
        assertThat(next.version()).isNotEqualTo(served.version());

        String before = served.version();
        served.swapped(Map.of("demo.Greeting", new byte[] {1}));
        String once = served.version();
        served.swapped(Map.of("demo.Greeting", new byte[] {2}));

        assertThat(once).isNotEqualTo(before);
        assertThat(served.version()).isNotEqualTo(once);
    }

    @Test
    void listenersHearOfSwapsAndTheDrainAndOneThatFailsDoesNotStopTheOthers() {
        ServedCode served = ServedCode.of("demo.Main:app", GENERATION_2);
        List<String> heard = new ArrayList<>();
        served.listen(new AppCode.Listener() {
            @Override
            public void swapped(String version) {
                throw new IllegalStateException("a plugin's bug");
            }
        });
        served.listen(new AppCode.Listener() {
            @Override
            public void swapped(String version) {
                heard.add("swapped " + version);
            }

            @Override
            public void draining() {
                heard.add("draining");
            }
        });

        served.swapped(Map.of("demo.Greeting", new byte[] {1}));
        served.draining();

        assertThat(heard).containsExactly("swapped " + served.version(), "draining");
    }
}
