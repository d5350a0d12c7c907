package dev.wharf.servlet.lifecycle.app;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet(value = "/order", loadOnStartup = 1, initParams = @WebInitParam(name = "colour", value = "blue"))
public class OrderServlet extends HttpServlet {
    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        LifecycleLog.EVENTS.add("orderServlet.init colour=" + config.getInitParameter("colour"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        getServletContext().setAttribute("lastVisit", "order");
        response.getWriter().print("order");
    }

    @Override
    public void destroy() {
        LifecycleLog.EVENTS.add("orderServlet.destroy");
    }
}
