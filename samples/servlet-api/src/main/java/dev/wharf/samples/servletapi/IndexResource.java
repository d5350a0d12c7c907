package dev.wharf.samples.servletapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** What there is to try, and which worker answered. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

    @GET
    public Map<String, Object> index() {
        return Map.of(
                "app", "servlet-api",
                "pid", ProcessHandle.current().pid(),
                "try",
                        List.of(
                                "GET /greetings/{name}",
                                "POST /greetings {\"name\": ...}",
                                "GET /notes",
                                "POST /notes {\"text\": ...}",
                                "GET /session",
                                "DELETE /session",
                                "GET /worker"));
    }
}
