package dev.wharf.samples.servletapi;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker's context attributes, set when the application starts. Under Wharf they are the worker's
 * app.state, which the window shows per worker: each worker process has its own context, so its own
 * {@code started_at}, request count, live sessions and notes.
 */
@WebListener
public class WorkerState implements ServletContextListener, ServletRequestListener, HttpSessionListener {

    static final String PID = "pid";
    static final String STARTED_AT = "started_at";
    static final String REQUESTS = "requests";
    static final String SESSIONS = "sessions";
    static final String SESSIONS_STARTED = "sessions_started";
    static final String NOTES = "notes";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.setAttribute(PID, ProcessHandle.current().pid());
        context.setAttribute(STARTED_AT, Instant.now().toString());
        context.setAttribute(REQUESTS, new AtomicLong());
        context.setAttribute(SESSIONS, new AtomicLong());
        context.setAttribute(SESSIONS_STARTED, new AtomicLong());
        // Read by the window's snapshot while requests add to it: a list safe to iterate meanwhile.
        context.setAttribute(NOTES, new CopyOnWriteArrayList<NoteResource.Note>());
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        counter(event.getServletContext(), REQUESTS).incrementAndGet();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ServletContext context = event.getSession().getServletContext();
        counter(context, SESSIONS).incrementAndGet();
        counter(context, SESSIONS_STARTED).incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        counter(event.getSession().getServletContext(), SESSIONS).decrementAndGet();
    }

    static AtomicLong counter(ServletContext context, String name) {
        return (AtomicLong) context.getAttribute(name);
    }

    @SuppressWarnings("unchecked")
    static List<NoteResource.Note> notes(ServletContext context) {
        return (List<NoteResource.Note>) context.getAttribute(NOTES);
    }
}
