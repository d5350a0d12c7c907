package dev.wharf.samples.servletapi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A visit counter in an {@code HttpSession} attribute. Sessions live in the memory of the worker that
 * made them: a session cookie from one worker means nothing to another, which starts a new session.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final String VISITS = "visits";

    /**
     * @param fresh whether this request started the session (the cookie was missing, or unknown here)
     */
    public record Visit(long pid, String session, int visits, boolean fresh) {}

    @Context
    HttpServletRequest request;

    @GET
    public Visit visit() {
        HttpSession session = request.getSession();
        AtomicInteger visits = (AtomicInteger) session.getAttribute(VISITS);
        if (visits == null) {
            visits = new AtomicInteger();
            session.setAttribute(VISITS, visits);
        }
        return new Visit(ProcessHandle.current().pid(), session.getId(), visits.incrementAndGet(), session.isNew());
    }

    @DELETE
    public Response end() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
