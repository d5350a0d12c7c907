package dev.wharf.servlet.lifecycle.app;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The servlet the engine is given (as it would be Jersey's), with init parameters from the settings. */
public class PrimaryServlet extends HttpServlet {
    @Override
    public void init() throws ServletException {
        LifecycleLog.EVENTS.add("primaryServlet.init");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter()
                .print("servlet=" + getInitParameter("greeting") + " context="
                        + getServletContext().getInitParameter("mode") + " name=" + getServletName());
    }

    @Override
    public void destroy() {
        LifecycleLog.EVENTS.add("primaryServlet.destroy");
    }
}
