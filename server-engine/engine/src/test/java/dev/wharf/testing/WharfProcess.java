package dev.wharf.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * {@code wharf ...} as a real child process on the test's own JDK and classpath: the way a user
 * runs it, signals and exit codes included. Always destroyed by {@link #close()}.
 */
public final class WharfProcess implements AutoCloseable {

    private static final Pattern RUNNING_ON = Pattern.compile("Wharf running on https?://[^:]+:(\\d+) ");

    private final Process process;
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final List<String> stdout = new CopyOnWriteArrayList<>();

    private final Thread stderrPump;
    private final Thread stdoutPump;

    private WharfProcess(Process process) {
        this.process = process;
        stderrPump = pump(process.getErrorStream(), stderr);
        stdoutPump = pump(process.getInputStream(), stdout);
    }

    public static WharfProcess start(String... args) throws IOException {
        return start(null, Map.of(), args);
    }

    /**
     * @param directory the working folder, or {@code null} for the test's own
     * @param env       variables added to the inherited environment
     */
    public static WharfProcess start(Path directory, Map<String, String> env, String... args) throws IOException {
        return startUnder(List.of(), directory, env, args);
    }

    /**
     * {@code wharf ...} started by another program, as a process manager starts it: {@code launcher}
     * comes first on the command line (for example {@code systemd-socket-activate -l PORT}).
     */
    public static WharfProcess startUnder(
            List<String> launcher, Path directory, Map<String, String> env, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-Xshare:auto",
                // the product's logging, not the tests' quieter one
                "-Dlogback.configurationFile=logback.xml",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.wharf.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        return new WharfProcess(builder.start());
    }

    private static Thread pump(InputStream stream, List<String> into) {
        return Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    into.add(line);
                }
            } catch (IOException e) {
                // the process went away
            }
        });
    }

    /** Waits for the startup line and returns the port it names. */
    public int awaitPort(Duration timeout) throws InterruptedException {
        String line = awaitStderr("Wharf running on", timeout);
        Matcher matcher = RUNNING_ON.matcher(line);
        if (!matcher.find()) {
            throw new AssertionError("no port in: " + line);
        }
        return Integer.parseInt(matcher.group(1));
    }

    public String awaitStderr(String fragment, Duration timeout) throws InterruptedException {
        return await(stderr, stderrPump, fragment, timeout);
    }

    public String awaitStdout(String fragment, Duration timeout) throws InterruptedException {
        return await(stdout, stdoutPump, fragment, timeout);
    }

    /** Waits until a line holds {@code fragment}, or its stream has ended (every line is then in) without one. */
    private String await(List<String> lines, Thread pump, String fragment, Duration timeout) {
        try {
            Awaitility.await()
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> find(lines, fragment).isPresent() || !pump.isAlive());
        } catch (ConditionTimeoutException e) {
            // reported below with what the process printed
        }
        return find(lines, fragment)
                .orElseThrow(() -> new AssertionError("'" + fragment + "' did not appear; stderr was:\n"
                        + String.join("\n", stderr) + "\nstdout was:\n" + String.join("\n", stdout)));
    }

    private static Optional<String> find(List<String> lines, String fragment) {
        return lines.stream().filter(line -> line.contains(fragment)).findFirst();
    }

    /**
     * SIGTERM, as a process manager or {@code kill} sends it. Through the process handle, because
     * {@link Process#destroy()} also closes our ends of its pipes and the last log lines would be lost.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    public long pid() {
        return process.pid();
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(
                    "wharf did not exit within " + timeout + "; stderr:\n" + String.join("\n", stderr));
        }
        // The pumps end at the end of the streams: then every line is in.
        stderrPump.join(5_000);
        stdoutPump.join(5_000);
        return process.exitValue();
    }

    public List<String> stderr() {
        return List.copyOf(stderr);
    }

    public List<String> stdout() {
        return List.copyOf(stdout);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
