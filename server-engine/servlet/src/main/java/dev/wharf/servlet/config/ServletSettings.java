package dev.wharf.servlet.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the servlet adapter is configured with, gathered before the first request and never changed
 * after: what a {@code web.xml} would say for the one servlet Wharf is given, plus the container's own
 * limits. Built once by the engine from its settings ({@code --servlet-init-param NAME=VALUE} and the like).
 *
 * @param servletName        the name of the servlet given to {@code ServletApp.of}, or {@code null} for its
 *                           class name
 * @param servletMappings    the URL patterns of that servlet ({@code /*} unless told)
 * @param servletInitParams  its init parameters ({@code ServletConfig.getInitParameter})
 * @param contextInitParams  the context's ({@code ServletContext.getInitParameter})
 * @param classpath          the application's class folders and jars, scanned for {@code @WebServlet},
 *                           {@code @WebFilter}, {@code @WebListener} and {@code @HandlesTypes} classes; empty
 *                           to take them from the app class loader when it is a {@code URLClassLoader}
 * @param contextPath        {@code ServletContext.getContextPath()}: Wharf's {@code --root-path}
 * @param bufferSize         the default response buffer in bytes: output is held until it is full, then
 *                           streamed
 * @param sessionTimeout     how long a session may stay idle before it expires
 * @param sessionSweepPeriod how often expired sessions are looked for
 * @param maxFormContentSize the largest {@code application/x-www-form-urlencoded} body read into
 *                           parameters, in bytes; a form is the one body the adapter holds whole
 */
public record ServletSettings(
        String servletName,
        List<String> servletMappings,
        Map<String, String> servletInitParams,
        Map<String, String> contextInitParams,
        List<Path> classpath,
        String contextPath,
        int bufferSize,
        Duration sessionTimeout,
        Duration sessionSweepPeriod,
        int maxFormContentSize) {

    public static final int DEFAULT_BUFFER_SIZE = 8 * 1024;
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(30);

    public ServletSettings {
        servletMappings = List.copyOf(servletMappings);
        servletInitParams = Map.copyOf(servletInitParams);
        contextInitParams = Map.copyOf(contextInitParams);
        classpath = List.copyOf(classpath);
        contextPath = contextPath == null ? "" : contextPath;
        if (!contextPath.isEmpty() && (!contextPath.startsWith("/") || contextPath.endsWith("/"))) {
            throw new IllegalArgumentException(
                    "The context path must be empty or start with '/' and not end with one, not '" + contextPath + "'");
        }
        if (bufferSize <= 0) {
            throw new IllegalArgumentException("The response buffer size must be positive, not " + bufferSize);
        }
        if (sessionTimeout.isNegative() || sessionSweepPeriod.isNegative() || sessionSweepPeriod.isZero()) {
            throw new IllegalArgumentException("Session timeout and sweep period must be positive");
        }
        if (maxFormContentSize < 0) {
            throw new IllegalArgumentException("The form size limit must not be negative");
        }
    }

    /** The defaults: the servlet on {@code /*}, no init parameters, 8 KiB buffers, 30-minute sessions. */
    public static ServletSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Splits a {@code NAME=VALUE} command-line value at its first {@code =}, as {@code
     * --servlet-init-param} takes it.
     */
    public static Map.Entry<String, String> parseParam(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException(
                    "An init parameter is NAME=VALUE, for example jakarta.ws.rs.Application=com.example.Api; got '"
                            + assignment + "'");
        }
        return Map.entry(assignment.substring(0, equals).strip(), assignment.substring(equals + 1));
    }

    /** Collects settings; {@link #build()} validates them once. */
    public static final class Builder {
        private String servletName;
        private List<String> servletMappings = List.of("/*");
        private final Map<String, String> servletInitParams = new LinkedHashMap<>();
        private final Map<String, String> contextInitParams = new LinkedHashMap<>();
        private final List<Path> classpath = new ArrayList<>();
        private String contextPath = "";
        private int bufferSize = DEFAULT_BUFFER_SIZE;
        private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
        private Duration sessionSweepPeriod = Duration.ofSeconds(30);
        private int maxFormContentSize = 200_000;

        private Builder() {}

        public Builder servletName(String name) {
            this.servletName = name;
            return this;
        }

        public Builder servletMappings(String... patterns) {
            this.servletMappings = List.of(patterns);
            return this;
        }

        public Builder servletInitParam(String name, String value) {
            servletInitParams.put(name, value);
            return this;
        }

        /** A servlet init parameter from {@code NAME=VALUE}. */
        public Builder servletInitParam(String assignment) {
            Map.Entry<String, String> param = parseParam(assignment);
            return servletInitParam(param.getKey(), param.getValue());
        }

        public Builder contextInitParam(String name, String value) {
            contextInitParams.put(name, value);
            return this;
        }

        /** A context init parameter from {@code NAME=VALUE}. */
        public Builder contextInitParam(String assignment) {
            Map.Entry<String, String> param = parseParam(assignment);
            return contextInitParam(param.getKey(), param.getValue());
        }

        public Builder classpath(List<Path> entries) {
            classpath.clear();
            classpath.addAll(entries);
            return this;
        }

        public Builder contextPath(String path) {
            this.contextPath = path;
            return this;
        }

        public Builder bufferSize(int bytes) {
            this.bufferSize = bytes;
            return this;
        }

        public Builder sessionTimeout(Duration timeout) {
            this.sessionTimeout = timeout;
            return this;
        }

        public Builder sessionSweepPeriod(Duration period) {
            this.sessionSweepPeriod = period;
            return this;
        }

        public Builder maxFormContentSize(int bytes) {
            this.maxFormContentSize = bytes;
            return this;
        }

        public ServletSettings build() {
            return new ServletSettings(
                    servletName,
                    servletMappings,
                    servletInitParams,
                    contextInitParams,
                    classpath,
                    contextPath,
                    bufferSize,
                    sessionTimeout,
                    sessionSweepPeriod,
                    maxFormContentSize);
        }
    }
}
