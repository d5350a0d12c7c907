package dev.wharf.servlet.plain.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/** Reads the body as it comes, telling the test when the first bytes are in; answers the length and CRC. */
@WebServlet("/upload")
public class UploadServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CRC32 crc = new CRC32();
        long total = 0;
        byte[] chunk = new byte[64 * 1024];
        try (InputStream body = request.getInputStream()) {
            for (int read; (read = body.read(chunk)) > 0; ) {
                crc.update(chunk, 0, read);
                total += read;
                Signals.servletHasUploadBytes.countDown();
            }
        } catch (IOException e) {
            Signals.ioFailure.set(e);
            throw e;
        }
        response.getWriter().print("bytes=" + total + " crc=" + crc.getValue());
    }
}
