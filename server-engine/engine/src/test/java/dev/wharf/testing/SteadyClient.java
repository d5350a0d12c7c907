package dev.wharf.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that keep sending requests while a test kills, scales or restarts workers, counting what
 * succeeded, what was refused and what failed otherwise. Each request uses a new connection
 * ({@code Connection: close}), so every one tests what the listening socket does.
 */
public final class SteadyClient implements AutoCloseable {

    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private SteadyClient(int port, String path, int clients) {
        String request = "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    try (RawHttpClient client = RawHttpClient.connect(port)) {
                        RawResponse response = client.send(request).read();
                        if (response.status() == 200) {
                            ok.incrementAndGet();
                        } else {
                            failures.add("status " + response.status());
                        }
                    } catch (ConnectException e) {
                        refused.incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
    }

    public static SteadyClient start(int port, String path, int clients) {
        return new SteadyClient(port, path, clients);
    }

    public int ok() {
        return ok.get();
    }

    public int refused() {
        return refused.get();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(35_000);
        }
    }
}
