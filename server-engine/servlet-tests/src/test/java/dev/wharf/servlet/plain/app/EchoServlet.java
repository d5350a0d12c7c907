package dev.wharf.servlet.plain.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;

/** Says what the request looks like to a servlet, one {@code key=value} a line. */
@WebServlet({"/echo/*", "*.do"})
public class EchoServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        out.println("method=" + request.getMethod());
        out.println("requestUri=" + request.getRequestURI());
        out.println("requestUrl=" + request.getRequestURL());
        out.println("contextPath=" + request.getContextPath());
        out.println("servletPath=" + request.getServletPath());
        out.println("pathInfo=" + request.getPathInfo());
        out.println("query=" + request.getQueryString());
        out.println("match=" + request.getHttpServletMapping().getMappingMatch());
        out.println("stamp=" + request.getAttribute("stamp"));
        out.println("xTest=" + Collections.list(request.getHeaders("x-TEST")));
        out.println("userAgentByAnyCase=" + (request.getHeader("USER-AGENT") != null));
        out.println("remoteAddr=" + request.getRemoteAddr());
        out.println("remotePort>0=" + (request.getRemotePort() > 0));
        out.println("scheme=" + request.getScheme());
        out.println("secure=" + request.isSecure());
        out.println("serverName=" + request.getServerName());
        out.println("serverPort=" + request.getServerPort());
        out.println("protocol=" + request.getProtocol());
        out.println("locale=" + request.getLocale().toLanguageTag());
    }
}
