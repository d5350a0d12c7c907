package dev.wharf.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A plain socket that speaks HTTP/1.1 by hand, so tests can send what a well-behaved client never
 * would (malformed lines, pipelined requests, smuggling attempts) and read exactly what came back.
 */
public final class RawHttpClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawHttpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    public static RawHttpClient connect(int port) throws IOException {
        return connectFrom("127.0.0.1", port);
    }

    /** Connects from another local address (127.0.0.2 is a different peer on loopback), as a client elsewhere would. */
    public static RawHttpClient connectFrom(String localAddress, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(localAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(10_000);
        return new RawHttpClient(socket);
    }

    public RawHttpClient send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawHttpClient send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    public Socket socket() {
        return socket;
    }

    public OutputStream output() {
        return out;
    }

    /** Reads one whole response (framed by Content-Length, chunked encoding, or the connection closing). */
    public RawResponse read() throws IOException {
        return RawResponse.read(in, false);
    }

    /** Reads one response to a HEAD request: headers only, whatever Content-Length says. */
    public RawResponse readHead() throws IOException {
        return RawResponse.read(in, true);
    }

    /** Reads the status line and headers only, leaving the body to {@link #readChunk()}. */
    public RawResponse readHeaders() throws IOException {
        return RawResponse.readHeaders(in);
    }

    /** Reads one chunk of a chunked body: its data, or an empty array for the last chunk. */
    public byte[] readChunk() throws IOException {
        return RawResponse.readChunk(in);
    }

    /** Whether the server closed the connection: reads until end of stream or the timeout. */
    public boolean isClosedByServer(int timeoutMillis) throws IOException {
        int previous = socket.getSoTimeout();
        socket.setSoTimeout(timeoutMillis);
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        } finally {
            socket.setSoTimeout(previous);
        }
    }

    /** Everything until the server closes the connection. */
    public byte[] readToEnd() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
