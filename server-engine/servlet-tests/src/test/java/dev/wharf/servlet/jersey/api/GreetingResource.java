package dev.wharf.servlet.jersey.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

@Path("/greetings")
@Produces(MediaType.APPLICATION_JSON)
public class GreetingResource {

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Path("/{name}")
    public Greeting greet(@PathParam("name") String name, @QueryParam("punctuation") @DefaultValue(".") String mark) {
        if (name.equals("voldemort")) {
            throw new GreetingProblem("We do not say that name");
        }
        return new Greeting(name, "Hello, " + name + mark);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Greeting greeting) {
        Greeting created = new Greeting(greeting.name(), "Welcome, " + greeting.name() + "!");
        return Response.created(
                        uri.getAbsolutePathBuilder().path(greeting.name()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/where")
    public Map<String, String> where() {
        return Map.of(
                "contextPath", servletRequest.getContextPath(),
                "servletPath", servletRequest.getServletPath(),
                "pathInfo", String.valueOf(servletRequest.getPathInfo()),
                "requestUri", servletRequest.getRequestURI(),
                "baseUri", uri.getBaseUri().toString());
    }
}
