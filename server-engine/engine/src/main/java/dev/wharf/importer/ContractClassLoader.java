package dev.wharf.importer;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of an app's class loader: what an app may see of the process that serves it. That is
 * the JDK, the ASGI contract ({@code dev.wharf.asgi}) and, for servlet apps, the Jakarta Servlet
 * API; never Netty, Jackson, picocli, Logback or the rest of Wharf. The contract's classes come
 * from Wharf's own loader, so the app and the server share them (an {@code App} the app makes is
 * the {@code App} the server calls); every other class an app names is its own, from its own jars,
 * whatever version Wharf runs on.
 */
final class ContractClassLoader extends ClassLoader {

    static final String ASGI = "dev.wharf.asgi.";
    static final String SERVLET = "jakarta.servlet.";

    private final ClassLoader wharf;
    private final List<String> shared;

    /**
     * @param wharf         the loader of Wharf's own classes
     * @param servletShared whether the Jakarta Servlet API is shared too (an app served as a servlet)
     */
    ContractClassLoader(ClassLoader wharf, boolean servletShared) {
        super("wharf-contract", ClassLoader.getPlatformClassLoader());
        this.wharf = wharf;
        this.shared = servletShared ? List.of(ASGI, SERVLET) : List.of(ASGI);
    }

    boolean sharesServletApi() {
        return shared.contains(SERVLET);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return wharf.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return isShared(asClassName(name)) ? wharf.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isShared(asClassName(name)) ? wharf.getResources(name) : super.getResources(name);
    }

    @Override
    protected URL findResource(String name) {
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        return Collections.emptyEnumeration();
    }

    private boolean isShared(String className) {
        for (String prefix : shared) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String asClassName(String resource) {
        return resource.replace('/', '.');
    }
}
