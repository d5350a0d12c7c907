package dev.wharf.servlet.lifecycle.app;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Registered by {@link AuditInitializer} with {@code addServlet}, not by an annotation. */
public class AddedServlet extends HttpServlet {
    @Override
    public void init() throws ServletException {
        LifecycleLog.EVENTS.add("addedServlet.init");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().print("added");
    }

    @Override
    public void destroy() {
        LifecycleLog.EVENTS.add("addedServlet.destroy");
    }
}
