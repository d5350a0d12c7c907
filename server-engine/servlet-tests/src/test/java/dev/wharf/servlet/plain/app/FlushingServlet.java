package dev.wharf.servlet.plain.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet("/flushed")
public class FlushingServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().print("first ");
        boolean before = response.isCommitted();
        response.flushBuffer();
        response.getWriter().print("second committedBefore=" + before + " after=" + response.isCommitted());
    }
}
