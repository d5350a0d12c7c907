package dev.wharf.servlet.plain.app;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Writes {@code ?size=N} bytes of a known pattern in 64 KiB writes; after the first 4 MB it waits until
 * the client says it has bytes, which only a streamed response allows.
 */
@WebServlet("/download")
public class DownloadServlet extends HttpServlet {

    public static byte patternAt(long position) {
        return (byte) (position % 251);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long size = Long.parseLong(request.getParameter("size"));
        response.setContentType("application/octet-stream");
        byte[] chunk = new byte[64 * 1024];
        long sent = 0;
        try {
            ServletOutputStream out = response.getOutputStream();
            while (sent < size) {
                int length = (int) Math.min(chunk.length, size - sent);
                for (int i = 0; i < length; i++) {
                    chunk[i] = patternAt(sent + i);
                }
                out.write(chunk, 0, length);
                sent += length;
                if (sent == 4L * 1024 * 1024 && "true".equals(request.getParameter("wait"))) {
                    if (!Signals.clientHasDownloadBytes.await(20, TimeUnit.SECONDS)) {
                        Signals.stalled.set("the client saw no byte of the first 4 MB");
                    }
                }
            }
        } catch (IOException e) {
            Signals.ioFailure.set(e);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
