package dev.wharf.samples.servletapi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** JSON in and out through the app's own Jackson: records read from and written to request and response bodies. */
@Path("/greetings")
@Produces(MediaType.APPLICATION_JSON)
public class GreetingResource {

    /** A greeting as JSON: {@code {"name": "ada", "message": "Hello, ada!"}}. */
    public record Greeting(String name, String message) {}

    @Context
    UriInfo uri;

    @GET
    @Path("/{name}")
    public Greeting greet(@PathParam("name") String name) {
        return new Greeting(name, message(name));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Greeting greeting) {
        if (greeting == null || greeting.name() == null || greeting.name().isBlank()) {
            throw new WebApplicationException("a greeting needs a name", Response.Status.BAD_REQUEST);
        }
        return Response.created(
                        uri.getAbsolutePathBuilder().path(greeting.name()).build())
                .entity(new Greeting(greeting.name(), message(greeting.name())))
                .build();
    }

    static String message(String name) {
        return "Hello, " + name + "!";
    }
}
