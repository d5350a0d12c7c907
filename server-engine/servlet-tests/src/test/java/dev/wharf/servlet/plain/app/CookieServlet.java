package dev.wharf.servlet.plain.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet("/cookies")
public class CookieServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String flavour = "none";
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals("flavour")) {
                    flavour = cookie.getValue();
                }
            }
        }
        Cookie seen = new Cookie("seen", "yes");
        seen.setPath("/cookies");
        seen.setMaxAge(60);
        seen.setHttpOnly(true);
        seen.setAttribute("SameSite", "Lax");
        response.addCookie(seen);
        response.getWriter().print("flavour=" + flavour);
    }
}
