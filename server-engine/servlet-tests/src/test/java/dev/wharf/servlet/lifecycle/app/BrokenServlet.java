package dev.wharf.servlet.lifecycle.app;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;

/** A servlet whose {@code init} fails, as one whose database is not there does. */
public class BrokenServlet extends HttpServlet {
    @Override
    public void init() throws ServletException {
        throw new ServletException("the database is not there");
    }
}
