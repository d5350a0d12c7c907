package dev.wharf.samples.servletapi;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * This worker as the app sees it: its context attributes (the worker's app.state), the Jackson it runs on,
 * and whether the server's own classes are visible to it (they are not: an app sees the JDK, the Servlet
 * API and its own libraries).
 */
@Path("/worker")
@Produces(MediaType.APPLICATION_JSON)
public class WorkerResource {

    @Context
    ServletContext context;

    @GET
    public Map<String, Object> worker() {
        Map<String, Object> attributes = new TreeMap<>();
        for (String name : Collections.list(context.getAttributeNames())) {
            attributes.put(name, context.getAttribute(name));
        }
        Map<String, Object> worker = new TreeMap<>();
        worker.put("pid", ProcessHandle.current().pid());
        worker.put("jackson", PackageVersion.VERSION.toString());
        worker.put("sees_netty", visible("io.netty.channel.Channel"));
        worker.put("context_attributes", attributes);
        return worker;
    }

    private static boolean visible(String className) {
        try {
            Class.forName(className, false, WorkerResource.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
