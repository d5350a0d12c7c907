package dev.wharf.servlet.unsupported;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * What {@code getRequestDispatcher} returns: asking for a dispatcher is harmless (frameworks do it to
 * probe), using one says forward and include are not supported.
 *
 * @param target the path or servlet name the application asked for, for the message
 */
public record UnsupportedDispatcher(String target) implements RequestDispatcher {

    @Override
    public void forward(ServletRequest request, ServletResponse response) {
        throw new UnsupportedServletFeature(
                "RequestDispatcher.forward (to '" + target + "')",
                "Redirect with sendRedirect, or call the code that renders the target directly.");
    }

    @Override
    public void include(ServletRequest request, ServletResponse response) {
        throw new UnsupportedServletFeature(
                "RequestDispatcher.include (of '" + target + "')", "Call the code that renders the target directly.");
    }
}
