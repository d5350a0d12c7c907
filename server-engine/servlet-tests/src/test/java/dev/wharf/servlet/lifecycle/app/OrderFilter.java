package dev.wharf.servlet.lifecycle.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebFilter("/*")
public class OrderFilter extends HttpFilter {
    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        LifecycleLog.EVENTS.add("filter.init");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
        LifecycleLog.EVENTS.add("filter.destroy");
    }
}
