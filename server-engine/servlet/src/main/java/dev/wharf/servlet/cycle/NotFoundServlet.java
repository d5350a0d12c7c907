package dev.wharf.servlet.cycle;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where a path no servlet is mapped to goes, after the filters that match it: a 404, as a container's
 * default servlet answers for a file it does not have.
 */
final class NotFoundServlet extends HttpServlet {

    static final NotFoundServlet INSTANCE = new NotFoundServlet();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
