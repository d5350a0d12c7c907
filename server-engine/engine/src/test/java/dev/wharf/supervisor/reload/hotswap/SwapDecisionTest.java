package dev.wharf.supervisor.reload.hotswap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swap or roll, decided on real class files: each pair of versions is compiled here with javac. */
class SwapDecisionTest {

    private static final String GREETING = """
            package demo;
            public class Greeting {
                private final String name;
                public Greeting(String name) { this.name = name; }
                public String text() { return "hello " + name; }
            }
            """;

    @TempDir
    Path work;

    private int compiles;

    @Test
    void aChangedMethodBodyIsSwapped() throws IOException {
        SwapPlan plan = decide(GREETING, GREETING.replace("\"hello \"", "\"hi \""));

        assertThat(plan.swappable()).isTrue();
        assertThat(plan.classes()).containsOnlyKeys("demo.Greeting");
    }

    @Test
    void anUnchangedSourceHasNothingToSwap() throws IOException {
        SwapPlan plan = decide(GREETING, GREETING);

        assertThat(plan.swappable()).isTrue();
        assertThat(plan.classes()).isEmpty();
    }

    @Test
    void aClassCompiledWithOtherDebugOptionsIsNotAChange() throws IOException {
        Map<String, byte[]> plain = compile(List.of("-g:none"), GREETING);
        Map<String, byte[]> debug = compile(List.of("-g", "-parameters"), GREETING);

        SwapPlan plan = SwapDecision.decide(debug, plain::get, Set.of());

        assertThat(plain.get("demo.Greeting")).isNotEqualTo(debug.get("demo.Greeting"));
        assertThat(plan.swappable()).isTrue();
        assertThat(plan.classes()).isEmpty();
    }

    @Test
    void anAddedFieldRollsAndSaysWhy() throws IOException {
        SwapPlan plan = decide(
                GREETING,
                GREETING.replace("private final String name;", "private final String name;\n private String suffix;"));

        assertThat(plan.swappable()).isFalse();
        assertThat(plan.reason())
                .isEqualTo("`Greeting` gained a field `suffix`: a field cannot be added to a loaded class");
    }

    @Test
    void anAddedOrRemovedMethodRolls() throws IOException {
        String withShout = GREETING.replace(
                "public String text()", "public String shout(String s, int n) { return s; }\n public String text()");

        assertThat(decide(GREETING, withShout).reason())
                .isEqualTo(
                        "`Greeting` gained a method `shout(String, int)`: a method cannot be added to a loaded class");
        assertThat(decide(withShout, GREETING).reason())
                .isEqualTo(
                        "`Greeting` lost its method `shout(String, int)`: a method cannot be removed from a loaded class");
    }

    @Test
    void aChangedSignatureOrHierarchyRolls() throws IOException {
        assertThat(decide(GREETING, GREETING.replace("public String text()", "public Object text()"))
                        .reason())
                .startsWith("`Greeting` gained a method `text()`");
        assertThat(decide(
                                GREETING,
                                GREETING.replace("class Greeting", "class Greeting implements Runnable")
                                        .replace("public String text()", "public void run() {}\n public String text()"))
                        .reason())
                .isEqualTo("`Greeting` changed its superclass or interfaces: a loaded class keeps its hierarchy");
    }

    @Test
    void aNewLambdaRolls() throws IOException {
        SwapPlan plan = decide(
                GREETING,
                GREETING.replace(
                        "return \"hello \" + name;",
                        "java.util.function.Supplier<String> s = () -> name; return \"hello \" + s.get();"));

        assertThat(plan.reason()).startsWith("`Greeting` gained a lambda (method `lambda$text$0()`)");
    }

    @Test
    void anEnumConstantOrARecordComponentRolls() throws IOException {
        String color = "package demo; public enum Color { RED, GREEN; public String css() { return name(); } }";
        String point = "package demo; public record Point(int x, int y) {}";

        assertThat(decide(color, color.replace("GREEN;", "GREEN, BLUE;")).reason())
                .isEqualTo(
                        "the enum `Color` gained a constant `BLUE`: an enum's constants are fixed once it is loaded");
        assertThat(decide(color, color.replace("return name();", "return name().toLowerCase();"))
                        .swappable())
                .isTrue();
        assertThat(decide(point, point.replace("int y", "long y")).reason())
                .startsWith("the record `Point` changed its components");
    }

    @Test
    void aChangedStaticInitializerRollsButOneRenumberedByOtherEditsIsSwapped() throws IOException {
        String cache = """
                package demo;
                public class Cache {
                    static final java.util.List<String> NAMES = java.util.List.of("a", "b");
                    public String first() { return NAMES.get(0); }
                }
                """;
        // A new string constant in a method body renumbers the constant pool the initializer refers to.
        String edited = cache.replace("return NAMES.get(0);", "return \"first: \" + NAMES.get(0) + 1.5;");

        assertThat(decide(cache, edited).swappable()).isTrue();
        assertThat(decide(cache, cache.replace("\"b\"", "\"c\"")).reason())
                .isEqualTo("the static initializer of `Cache` changed: a swap would not run it again, "
                        + "so its static fields would keep their old values");
    }

    @Test
    void aNewOrRemovedClassRolls() throws IOException {
        Map<String, byte[]> before = compile(GREETING);
        Map<String, byte[]> after = compile(GREETING, "package demo; class Extra {}");

        assertThat(SwapDecision.decide(after, before::get, Set.of()).reason())
                .isEqualTo("`Extra` is a new class: it needs a new generation to be found by the app");
        assertThat(SwapDecision.decide(before, after::get, Set.of("demo.Extra")).reason())
                .isEqualTo("`Extra` was removed: a loaded class cannot be unloaded from the running workers");
    }

    private SwapPlan decide(String before, String after) throws IOException {
        Map<String, byte[]> running = compile(before);
        return SwapDecision.decide(compile(after), running::get, Set.of());
    }

    private Map<String, byte[]> compile(String... sources) throws IOException {
        return compile(List.of(), sources);
    }

    private Map<String, byte[]> compile(List<String> options, String... sources) throws IOException {
        Path folder = work.resolve("v" + compiles++);
        Path src = Files.createDirectories(folder.resolve("src"));
        Path classes = Files.createDirectories(folder.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
        args.addAll(options);
        for (String source : sources) {
            String name = source.replaceAll("(?s).*?(class|enum|record|interface) (\\w+).*", "$2");
            Path file = src.resolve(name + ".java");
            Files.writeString(file, source);
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
        return ClassFiles.read(classes);
    }
}
