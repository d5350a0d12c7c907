package dev.wharf.servlet.plain.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Counts a user's requests in the session; {@code ?ttl=N} sets its interval, {@code ?invalidate} ends it,
 * {@code ?reset} resets the response after the session exists.
 */
@WebServlet("/counter")
public class CounterServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        if (request.getParameter("invalidate") != null) {
            session.invalidate();
            response.getWriter().print("invalidated");
            return;
        }
        if (request.getParameter("ttl") != null) {
            session.setMaxInactiveInterval(Integer.parseInt(request.getParameter("ttl")));
        }
        if (request.getParameter("reset") != null) {
            response.setHeader("X-Dropped", "by reset");
            response.reset();
        }
        Integer count = (Integer) session.getAttribute("count");
        count = count == null ? 1 : count + 1;
        session.setAttribute("count", count);
        response.getWriter().print("count=" + count + " new=" + session.isNew());
    }
}
