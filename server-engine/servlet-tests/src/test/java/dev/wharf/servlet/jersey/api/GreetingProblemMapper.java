package dev.wharf.servlet.jersey.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

@Provider
public class GreetingProblemMapper implements ExceptionMapper<GreetingProblem> {
    @Override
    public Response toResponse(GreetingProblem problem) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", problem.getMessage()))
                .build();
    }
}
