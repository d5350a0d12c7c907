package dev.wharf.gui.maven;

import dev.wharf.importer.AppInterface;
import java.util.List;

/**
 * An app found in a project's classes and the app settings that serve it: an ASGI app as it is, a
 * servlet through the servlet adapter, a JAX-RS application through Jersey's servlet, which is told
 * the application's class in an init parameter.
 *
 * @param kind              what the class is
 * @param name              what the list shows: the class, or {@code Class:field} for an app in a static field
 * @param app               the app setting's value
 * @param appInterface      the interface setting's value
 * @param servletInitParams the servlet init parameters, {@code NAME=VALUE}
 * @param missing           what the project lacks to serve it (a JAX-RS implementation), or {@code null}
 */
public record FoundApp(
        Kind kind, String name, String app, AppInterface appInterface, List<String> servletInitParams, String missing) {

    /** Jersey's servlet: the one JAX-RS implementation the window knows how to set up. */
    static final String JERSEY_SERVLET = "org.glassfish.jersey.servlet.ServletContainer";

    /** What Jersey looks up as it starts, provided by jersey-hk2 (or jersey-cdi2-se). */
    static final String JERSEY_INJECTION = "org.glassfish.jersey.internal.inject.InjectionManagerFactory";

    /** The init parameter that names the JAX-RS application to Jersey's servlet. */
    static final String JAX_RS_APPLICATION_PARAM = "jakarta.ws.rs.Application";

    public enum Kind {
        ASGI("ASGI app"),
        SERVLET("Servlet"),
        JAX_RS("JAX-RS application");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** As the list of apps found shows it. */
        public String label() {
            return label;
        }
    }

    public FoundApp {
        servletInitParams = List.copyOf(servletInitParams);
    }

    /** A class implementing {@code App}, or {@code Class:field} for a static field holding one. */
    static FoundApp asgi(String app) {
        return new FoundApp(Kind.ASGI, app, app, AppInterface.ASGI, List.of(), null);
    }

    static FoundApp servlet(String className) {
        return new FoundApp(Kind.SERVLET, className, className, AppInterface.SERVLET, List.of(), null);
    }

    /**
     * @param jersey    whether Jersey's servlet is on the project's runtime classpath
     * @param injection whether an injection manager Jersey needs to start (jersey-hk2) is there too
     */
    static FoundApp jaxRs(String className, boolean jersey, boolean injection) {
        String missing = null;
        if (!jersey) {
            missing = className + " is a JAX-RS application: serving it needs a JAX-RS implementation on the "
                    + "project's runtime classpath, such as Jersey's jersey-container-servlet (with jersey-hk2). "
                    + "Add it to the pom.xml and choose the project again.";
        } else if (!injection) {
            missing = className + " is a JAX-RS application and Jersey's servlet is there, but Jersey cannot start "
                    + "without an injection manager: add org.glassfish.jersey.inject:jersey-hk2 to the pom.xml and "
                    + "choose the project again.";
        }
        return new FoundApp(
                Kind.JAX_RS,
                className,
                JERSEY_SERVLET,
                AppInterface.SERVLET,
                List.of(JAX_RS_APPLICATION_PARAM + "=" + className),
                missing);
    }

    /** Whether choosing it can set the settings; else {@link #missing()} says what the project lacks. */
    public boolean usable() {
        return missing == null;
    }
}
