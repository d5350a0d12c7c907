package dev.wharf.servlet.plain.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Counts requests in a context attribute: the worker's app.state. */
@WebServlet("/hits")
public class HitsServlet extends HttpServlet {
    @Override
    protected synchronized void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer hits = (Integer) getServletContext().getAttribute("hits");
        hits = hits == null ? 1 : hits + 1;
        getServletContext().setAttribute("hits", hits);
        response.getWriter().print("hits=" + hits);
    }
}
