package dev.wharf.samples.servletapi;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Notes kept in a context attribute: the worker's app.state. A note posted to one worker is in that
 * worker's list only, as the window shows and {@code GET /notes} on another worker does not.
 */
@Path("/notes")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    /** A note as posted: {@code {"text": "..."}}. */
    public record NewNote(String text) {}

    /** A note as kept, with the worker that keeps it. */
    public record Note(int id, String text, long pid) {}

    @Context
    ServletContext context;

    @GET
    public List<Note> all() {
        return WorkerState.notes(context);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewNote note) {
        if (note == null || note.text() == null || note.text().isBlank()) {
            throw new WebApplicationException("a note needs a text", Response.Status.BAD_REQUEST);
        }
        List<Note> notes = WorkerState.notes(context);
        Note kept;
        synchronized (notes) {
            kept = new Note(
                    notes.size() + 1, note.text(), ProcessHandle.current().pid());
            notes.add(kept);
        }
        return Response.status(Response.Status.CREATED).entity(kept).build();
    }
}
