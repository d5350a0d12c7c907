package dev.wharf.servlet.context;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.List;

/**
 * Which filters run for a request, in the spec's order: those whose URL patterns match the path, in
 * registration order, then those mapped to the servlet's name.
 */
public final class FilterSelection {

    private FilterSelection() {}

    public static List<Filter> forRequest(AdapterServletContext context, String path, String servletName) {
        List<FilterHolder> filters = context.filters();
        List<Filter> chain = new ArrayList<>();
        for (FilterHolder holder : filters) {
            if (holder.matchesPath(DispatcherType.REQUEST, path)) {
                chain.add(holder.filter());
            }
        }
        for (FilterHolder holder : filters) {
            if (holder.matchesServlet(DispatcherType.REQUEST, servletName)
                    && !holder.matchesPath(DispatcherType.REQUEST, path)) {
                chain.add(holder.filter());
            }
        }
        return chain;
    }
}
