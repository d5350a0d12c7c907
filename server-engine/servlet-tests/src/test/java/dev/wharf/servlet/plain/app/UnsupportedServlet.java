package dev.wharf.servlet.plain.app;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Reaches for what the adapter does not support: caught in {@code /caught/*}, left to the server otherwise. */
@WebServlet("/unsupported/*")
public class UnsupportedServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String what = request.getPathInfo();
        if (what.equals("/forward")) {
            request.getRequestDispatcher("/echo/x").forward(request, response);
            return;
        }
        try {
            switch (what) {
                case "/async" -> request.startAsync();
                case "/multipart" -> request.getParts();
                case "/upgrade" -> request.upgrade(null);
                default -> throw new IllegalArgumentException(what);
            }
            response.getWriter().print("no exception");
        } catch (UnsupportedOperationException e) {
            response.getWriter().print(e.getMessage());
        }
    }
}
