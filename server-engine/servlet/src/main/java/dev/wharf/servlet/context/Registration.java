package dev.wharf.servlet.context;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a servlet and a filter registration share: a name, a class, init parameters, and the rule that
 * none of it changes once the application has started.
 */
abstract sealed class Registration implements jakarta.servlet.Registration.Dynamic permits ServletHolder, FilterHolder {

    final AdapterServletContext context;
    private final String name;
    private final String className;
    private final Map<String, String> initParams = new LinkedHashMap<>();
    volatile boolean asyncSupported;

    Registration(AdapterServletContext context, String name, String className) {
        this.context = context;
        this.name = name;
        this.className = className;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getClassName() {
        return className;
    }

    @Override
    public boolean setInitParameter(String param, String value) {
        if (param == null || value == null) {
            throw new IllegalArgumentException("An init parameter needs a name and a value");
        }
        context.checkNotStarted("setInitParameter");
        return initParams.putIfAbsent(param, value) == null;
    }

    @Override
    public String getInitParameter(String param) {
        return initParams.get(param);
    }

    @Override
    public Set<String> setInitParameters(Map<String, String> params) {
        Set<String> conflicts = new TreeSet<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (initParams.containsKey(param.getKey())) {
                conflicts.add(param.getKey());
            }
        }
        if (conflicts.isEmpty()) {
            params.forEach(this::setInitParameter);
        }
        return conflicts;
    }

    @Override
    public Map<String, String> getInitParameters() {
        return Collections.unmodifiableMap(initParams);
    }

    public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(initParams.keySet());
    }

    @Override
    public void setAsyncSupported(boolean supported) {
        context.checkNotStarted("setAsyncSupported");
        this.asyncSupported = supported;
    }

    /** The class this registration instantiates, loaded by the application's class loader. */
    Class<?> loadClass() throws ClassNotFoundException {
        return Class.forName(className, true, context.getClassLoader());
    }
}
