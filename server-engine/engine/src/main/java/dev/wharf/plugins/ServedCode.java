package dev.wharf.plugins;

import dev.wharf.asgi.plugin.AppCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AppCode} a worker's plugins see. Its first version is made from the app and its
 * classpath: reload gives every new generation a fresh dev classes folder at the head of it, so a
 * generation started for new code has a new version, and the workers of one generation share it.
 * Each hot swap makes the next version from the previous one and the classes swapped, the same in
 * every worker that takes the same swap.
 *
 * <p>Threads: the worker's main thread announces swaps and the drain; plugins read the version
 * from the app's threads, hence the volatile.
 */
public final class ServedCode implements AppCode {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile String version;

    private ServedCode(String version) {
        this.version = version;
    }

    /** The code of {@code app} loaded from {@code appDir}, in that order. */
    public static ServedCode of(String app, List<?> appDir) {
        StringBuilder text = new StringBuilder(String.valueOf(app));
        appDir.forEach(entry -> text.append('\n').append(entry));
        return new ServedCode(digest(text.toString().getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    /** These classes (binary name → class file) were redefined in the worker. */
    public void swapped(Map<String, byte[]> classes) {
        version = digest(version.getBytes(StandardCharsets.UTF_8), classes);
        String now = version;
        tell(listener -> listener.swapped(now));
    }

    /** The worker drains: long-lived responses should end now. */
    public void draining() {
        tell(Listener::draining);
    }

    private void tell(Consumer<Listener> event) {
        for (Listener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                // A plugin's mistake must not stop the worker's own work (the swap's answer, the drain).
                log.warn("A plugin's code listener failed: {}", e.toString());
            }
        }
    }

    /** Twelve hex digits of SHA-256 over {@code head} and the classes, by name order. */
    private static String digest(byte[] head, Map<String, byte[]> classes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(head);
            new TreeMap<>(classes).forEach((name, bytes) -> {
                sha.update((byte) 0);
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
