package bench.jaxrs;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The reload benchmark's JAX-RS app, named to Jersey's ServletContainer with --servlet-init-param. */
public class Api extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(VersionResource.class);
    }
}
