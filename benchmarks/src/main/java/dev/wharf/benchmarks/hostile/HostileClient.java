package dev.wharf.benchmarks.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The attacks of {@code benchmarks/hostile.sh}, each against a server on {@code host:port}, each
 * printing one line of {@code key=value} figures for the script:
 *
 * <pre>
 * java … HostileClient pipeline HOST PORT SECONDS      pipelined 64 KiB POSTs to /echo, never reading
 * java … HostileClient ping-flood HOST PORT SECONDS    WebSocket pings to /ws, never reading the pongs
 * java … HostileClient deflate-bomb HOST PORT SECONDS  compressed messages to /ws that inflate to 15 MiB each
 * java … HostileClient slow HOST PORT SECONDS N [MS]   N slow-body and N slow-head connections sending a
 *                                                      byte every MS (65,000), and one normal client whose
 *                                                      latency is measured meanwhile
 * </pre>
 */
public final class HostileClient {

    private HostileClient() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: HostileClient pipeline|ping-flood|deflate-bomb|slow HOST PORT SECONDS [N]");
            System.exit(2);
        }
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        switch (args[0]) {
            case "pipeline" -> flood(new Socket(host, port), pipelinedEcho(host), seconds);
            case "ping-flood" ->
                flood(
                        Frames.upgrade(host, port, "/ws", false),
                        Frames.frame(Frames.PING, false, new byte[125]),
                        seconds);
            case "deflate-bomb" ->
                flood(
                        Frames.upgrade(host, port, "/ws", true),
                        Frames.frame(Frames.BINARY, true, Frames.deflatedZeros(15 * 1024 * 1024)),
                        seconds);
            case "slow" ->
                SlowClients.attack(
                        host,
                        port,
                        seconds,
                        Integer.parseInt(args[4]),
                        args.length > 5 ? Long.parseLong(args[5]) : 65_000);
            default -> {
                System.err.println("unknown attack " + args[0]);
                System.exit(2);
            }
        }
    }

    private static byte[] pipelinedEcho(String host) {
        byte[] body = new byte[64 * 1024];
        Arrays.fill(body, (byte) 'x');
        byte[] head = ("POST /echo HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/octet-stream\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /**
     * Writes {@code unit} again and again for {@code seconds}, reading nothing, and reports what was
     * written in that time. Then it stops writing before it looks whether the server closed: that
     * look reads the responses, which would let a still-running writer go on at full speed.
     */
    private static void flood(Socket socket, byte[] unit, long seconds) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = Thread.ofPlatform().daemon().start(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                while (!stop.get()) {
                    out.write(unit);
                    sent.addAndGet(unit.length);
                }
            } catch (IOException e) {
                // closed by the server
            }
        });
        writer.join(seconds * 1000);
        long sentInTime = sent.get();
        stop.set(true);
        boolean closed = writer.isAlive() ? !stillOpen(socket) : true;
        socket.close();
        System.out.printf("sent_bytes=%d closed_by_server=%s%n", sentInTime, closed);
        System.exit(0);
    }

    /** Whether the server keeps the connection open: it answers what it has, then goes quiet rather than closing. */
    static boolean stillOpen(Socket socket) {
        try {
            socket.setSoTimeout(50);
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[4096];
            while (in.read(answer) >= 0) {
                // an answer is not a close: read on to the end, or to the timeout
            }
            return false;

        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    static List<Long> sortedCopy(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }
}
