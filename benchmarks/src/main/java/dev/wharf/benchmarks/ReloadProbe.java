package dev.wharf.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Measures reload on file change from outside, as a user sees it: writes a new version of a file,
 * then asks the server for its page every couple of milliseconds until the page shows the new
 * version, and times that from the write. Meanwhile a steady client (a new connection per request,
 * one at a time, one every {@code --interval} milliseconds at most, so that it does not take the CPU
 * the reload needs) counts the requests that failed, refused connections included. Bounded: every
 * round gives up after {@code --timeout} seconds, and the probe talks to the loopback address only.
 *
 * <pre>
 * ReloadProbe --port P --file F --template T [--classes DIR --classpath CP] [--rounds N] [--pause S] [--timeout S] [--interval MS]
 *             [--websocket PATH] [--log FILE]
 * </pre>
 * With {@code --websocket}, one WebSocket stays open on PATH throughout and echoes a message every
 * 50 ms ({@link WebSocketWatch}): its drops are counted. With {@code --log}, the server's console
 * output in FILE is followed ({@link LogWatch}) and each round also says when the reload's report line
 * appeared, after the first response with the new version (negative: before it) and after the write.
 * The template holds the file's text with {@code {v}} where the version goes; the page must answer
 * {@code v<n>} for version n. With {@code --classes}, F is a Java source that is compiled before the
 * round and only its class files are written into DIR at the timed moment: a {@code .class} change.
 * Prints one line per round, then {@code median_ms min_ms max_ms ok failed}.
 */
public final class ReloadProbe {

    private static final String HOST = "127.0.0.1";

    private ReloadProbe() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String template = Files.readString(Path.of(options.template));
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        Thread steady = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long next = System.nanoTime() + options.intervalMillis * 1_000_000L;
                try {
                    if (get(options.port) != null) {
                        ok.incrementAndGet();
                    } else {
                        firstFailure.compareAndSet(null, "a non-200 answer");
                        failed.incrementAndGet();
                    }
                } catch (IOException e) {
                    firstFailure.compareAndSet(null, e.toString());
                    failed.incrementAndGet();
                }
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        });
        WebSocketWatch webSocket =
                options.webSocket == null ? null : new WebSocketWatch(options.port, options.webSocket, 50);
        if (webSocket != null) {
            webSocket.start();
        }
        LogWatch log = options.log == null ? null : new LogWatch(Path.of(options.log));
        if (log != null) {
            log.start();
        }
        List<Double> times = new ArrayList<>();
        for (int round = 1; round <= options.rounds; round++) {
            int version = round + 1;
            String text = template.replace("{v}", Integer.toString(version));
            Path compiled = options.classes == null ? null : compile(text, options);
            long begun = System.nanoTime();
            if (compiled == null) {
                Files.writeString(Path.of(options.file), text);
            } else {
                copyClasses(compiled, Path.of(options.classes));
            }
            String expected = "v" + version;
            long deadline = begun + options.timeoutSeconds * 1_000_000_000L;
            boolean seen = false;
            while (System.nanoTime() < deadline) {
                String body = getQuietly(options.port);
                if (expected.equals(body)) {
                    seen = true;
                    break;
                }
                Thread.sleep(2);
            }
            double ms = (System.nanoTime() - begun) / 1e6;
            if (!seen) {
                System.out.printf(
                        Locale.ROOT, "round %d: %s not served within %d s%n", round, expected, options.timeoutSeconds);
                System.exit(1);
            }
            long seenAt = System.nanoTime();
            times.add(ms);
            System.out.printf(Locale.ROOT, "round %d: %.0f ms%n", round, ms);
            if (log != null) {
                LogWatch.Seen line = log.firstAfter(begun, 5_000);
                System.out.println(
                        line == null
                                ? "round " + round + " report line: none within 5 s"
                                : String.format(
                                        Locale.ROOT,
                                        "round %d report line: %+.1f ms after the new response, %.1f ms after the write",
                                        round,
                                        (line.nanos() - seenAt) / 1e6,
                                        (line.nanos() - begun) / 1e6));
            }
            Thread.sleep(options.pauseMillis);
        }
        steady.interrupt();
        steady.join(5_000);
        if (log != null) {
            log.stop();
        }
        if (webSocket != null) {
            webSocket.stop();
            System.out.println(webSocket.summary());
        }
        Collections.sort(times);
        double median = times.size() % 2 == 1
                ? times.get(times.size() / 2)
                : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
        if (firstFailure.get() != null) {
            System.out.println("first failure: " + firstFailure.get());
        }
        System.out.printf(
                Locale.ROOT,
                "%.0f %.0f %.0f %d %d%n",
                median,
                times.get(0),
                times.get(times.size() - 1),
                ok.get(),
                failed.get());
    }

    /** The page's body for a 200, {@code null} for any other status. */
    private static String get(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 2_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            if (!response.startsWith("HTTP/1.1 200") || end < 0) {
                return null;
            }
            return response.substring(end + 4);
        }
    }

    private static String getQuietly(int port) {
        try {
            return get(port);
        } catch (IOException e) {
            return null;
        }
    }

    /** Compiles the source into a folder of its own, ahead of the timed write. */
    private static Path compile(String text, Options options) throws IOException {
        Path work = Files.createTempDirectory("reload-probe-");
        Path source = work.resolve("src").resolve(Path.of(options.file).getFileName());
        Files.createDirectories(source.getParent());
        Files.writeString(source, text);
        Path out = Files.createDirectories(work.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int code = compiler.run(null, null, null, "-d", out.toString(), "-cp", options.classpath, source.toString());
        if (code != 0) {
            throw new IllegalStateException("the probe's version of " + options.file + " does not compile");
        }
        return out;
    }

    private static void copyClasses(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.write(target, Files.readAllBytes(file));
            }
        }
    }

    private static final class Options {
        int port;
        String file;
        String template;
        String classes;
        String classpath = "";
        int rounds = 5;
        long pauseMillis = 3_000;
        int timeoutSeconds = 30;
        long intervalMillis = 5;
        String webSocket;
        String log;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--port" -> options.port = Integer.parseInt(value);
                    case "--file" -> options.file = value;
                    case "--template" -> options.template = value;
                    case "--classes" -> options.classes = value;
                    case "--classpath" -> options.classpath = value;
                    case "--rounds" -> options.rounds = Integer.parseInt(value);
                    case "--pause" -> options.pauseMillis = (long) (Double.parseDouble(value) * 1000);
                    case "--timeout" -> options.timeoutSeconds = Integer.parseInt(value);
                    case "--interval" -> options.intervalMillis = Long.parseLong(value);
                    case "--websocket" -> options.webSocket = value;
                    case "--log" -> options.log = value;
                    default ->
                        throw new IllegalArgumentException(
                                "unknown option " + args[i] + " (see ReloadProbe's javadoc)");
                }
            }
            if (options.port <= 0 || options.file == null || options.template == null) {
                throw new IllegalArgumentException("--port, --file and --template are required");
            }
            return options;
        }
    }
}
