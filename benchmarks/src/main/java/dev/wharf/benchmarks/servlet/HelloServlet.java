package dev.wharf.benchmarks.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The servlet benchmark's app: the hello sample's answer as a plain servlet, served by Wharf through its
 * servlet adapter ({@code wharf run dev.wharf.benchmarks.servlet.HelloServlet}) and by an embedded Jetty
 * ({@link JettyServletHello}), so the two servers run the same code.
 */
public final class HelloServlet extends HttpServlet {

    private static final byte[] BODY = "hello from a servlet".getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
