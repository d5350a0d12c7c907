package dev.wharf.servlet.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.servlet.plain.app.DownloadServlet;
import dev.wharf.servlet.plain.app.Signals;
import dev.wharf.servlet.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies stream both ways: each test holds one side back until the other has seen the first bytes, which
 * only works if neither the request nor the response is held whole in memory.
 */
class StreamingTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final long FOUR_MB = 4L * 1024 * 1024;

    @TempDir
    static Path appDir;

    static PlainApp.Served served;

    @BeforeAll
    static void start() throws Exception {
        served = PlainApp.serve(appDir);
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
    }

    @BeforeEach
    void resetSignals() {
        Signals.reset();
    }

    @Test
    void largeUploadReachesTheServletWhileTheClientIsStillSending() throws Exception {
        CRC32 expected = new CRC32();
        InputStream body = new PatternStream(FIFTY_MB, expected, () -> {
            // After 4 MB the client waits for the servlet to have read: a buffered body would never get there.
            if (!Signals.servletHasUploadBytes.await(20, TimeUnit.SECONDS)) {
                throw new IOException("the servlet saw no byte of the first 4 MB");
            }
        });

        HttpResponse<String> response = Http.send(Http.request(served.server().uri("/upload"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> body), FIFTY_MB))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("bytes=" + FIFTY_MB + " crc=" + expected.getValue());
    }

    @Test
    void largeDownloadReachesTheClientWhileTheServletIsStillWriting() throws Exception {
        HttpResponse<InputStream> response = Http.client()
                .send(
                        Http.request(served.server().uri("/download?size=" + FIFTY_MB + "&wait=true"))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());

        long received = 0;
        boolean matches = true;
        byte[] chunk = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int read; (read = body.read(chunk)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    matches &= chunk[i] == DownloadServlet.patternAt(received + i);
                }
                received += read;
                Signals.clientHasDownloadBytes.countDown();
            }
        }

        assertThat(response.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(Signals.stalled.get()).isNull();
        assertThat(received).isEqualTo(FIFTY_MB);
        assertThat(matches).as("bytes in the order written").isTrue();
    }

    @Test
    void clientGoingAwayMidDownloadIsAnIOExceptionInTheServlet() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", served.server().port())) {
            socket.getOutputStream()
                    .write(("GET /download?size=" + (500L * 1024 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            in.readNBytes(1024 * 1024);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> Signals.ioFailure.get() != null);
        assertThat(Signals.ioFailure.get()).isInstanceOf(IOException.class);
    }

    @Test
    void clientGoingAwayMidUploadIsAnIOExceptionInTheServlet() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", served.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + FIFTY_MB + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[1024 * 1024]);
            out.flush();
            assertThat(Signals.servletHasUploadBytes.await(10, TimeUnit.SECONDS))
                    .isTrue();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> Signals.ioFailure.get() != null);
        assertThat(Signals.ioFailure.get()).isInstanceOf(IOException.class);
    }

    /** {@code size} bytes of the download pattern, made as they are read; a pause runs after the first 4 MB. */
    private static final class PatternStream extends InputStream {
        interface Pause {
            void run() throws IOException, InterruptedException;
        }

        private final long size;
        private final CRC32 crc;
        private final Pause pause;
        private long position;
        private boolean paused;

        PatternStream(long size, CRC32 crc, Pause pause) {
            this.size = size;
            this.crc = crc;
            this.pause = pause;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            if (position >= FOUR_MB && !paused) {
                paused = true;
                try {
                    pause.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            int count = (int) Math.min(length, Math.min(size - position, FOUR_MB));
            if (!paused) {
                count = (int) Math.min(count, FOUR_MB - position);
            }
            for (int i = 0; i < count; i++) {
                into[offset + i] = DownloadServlet.patternAt(position + i);
            }
            crc.update(into, offset, count);
            position += count;
            return count;
        }
    }
}
