package dev.wharf.samples.servletapi;

import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The JAX-RS application, named to Jersey's {@code ServletContainer} by the init parameter
 * {@code jakarta.ws.rs.Application}. It has no {@code @ApplicationPath}: the one servlet Wharf serves is
 * Jersey's, mapped to every path, and Jersey's initializer must not add a second one.
 */
public class ServletApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                IndexResource.class,
                GreetingResource.class,
                NoteResource.class,
                SessionResource.class,
                WorkerResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        // WADL needs JAXB, which the sample does not ship; without this Jersey logs that it turned WADL off.
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
