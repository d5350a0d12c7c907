package dev.wharf.importer;

import dev.wharf.servlet.ServletApp;
import dev.wharf.servlet.config.ServletSettings;
import jakarta.servlet.Servlet;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --interface servlet}: a Jakarta Servlet served through the servlet adapter, as Uvicorn
 * serves a WSGI app through its WSGI middleware. Decides whether what APP names is a servlet and
 * wraps it; the servlet API it checks against is the one the app's loader shares with Wharf.
 */
final class ServletImport {

    static final String API = "jakarta.servlet.Servlet";

    private ServletImport() {}

    /** Whether {@code type} is a servlet, as the app's loader sees the servlet API. */
    static boolean isServletType(Class<?> type) {
        return Servlet.class.isAssignableFrom(type);
    }

    static boolean isServlet(Object value) {
        return value instanceof Servlet;
    }

    /**
     * The servlet as an ASGI app: its init parameters from {@code --servlet-init-param} (for the
     * servlet and its context alike), its context path the root path, and its classpath scanned for
     * what the app declares ({@code @WebServlet}, {@code @WebFilter}, initializers).
     */
    static ServletApp adapt(Object servlet, ImportRequest request, ClassLoader loader) throws AppImportException {
        ServletSettings.Builder settings =
                ServletSettings.builder().classpath(classPathOf(loader)).contextPath(request.rootPath());
        try {
            for (String param : request.servletInitParams()) {
                settings.servletInitParam(param).contextInitParam(param);
            }
        } catch (IllegalArgumentException e) {
            throw new AppImportException("Error loading ASGI app. --servlet-init-param: " + e.getMessage(), e);
        }
        return ServletApp.of((Servlet) servlet, settings.build(), loader);
    }

    private static List<Path> classPathOf(ClassLoader loader) {
        List<Path> entries = new ArrayList<>();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: nothing to scan there
                }
            }
        }
        return entries;
    }
}
