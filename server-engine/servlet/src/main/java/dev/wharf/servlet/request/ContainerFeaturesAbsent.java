package dev.wharf.servlet.request;

import dev.wharf.servlet.unsupported.UnsupportedServletFeature;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpUpgradeHandler;
import jakarta.servlet.http.Part;
import java.security.Principal;
import java.util.Collection;

/**
 * The parts of {@link HttpServletRequest} that belong to a full container and that the adapter leaves out:
 * container authentication (nobody is ever logged in), asynchronous processing, multipart parsing and
 * protocol upgrade. Asking for them fails with {@link UnsupportedServletFeature} naming the feature.
 */
abstract class ContainerFeaturesAbsent implements HttpServletRequest {

    private static final String AUTH_HINT = "Authenticate in a filter or with the application's framework.";
    private static final String MULTIPART_HINT =
            "Read getInputStream() with a multipart parser (Jersey's multipart module, Commons FileUpload).";
    private static final String ASYNC_HINT =
            "Block instead: each request runs on its own virtual thread, so waiting costs no platform thread.";

    @Override
    public String getAuthType() {
        return null;
    }

    @Override
    public String getRemoteUser() {
        return null;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public Principal getUserPrincipal() {
        return null;
    }

    @Override
    public boolean authenticate(HttpServletResponse response) {
        throw new UnsupportedServletFeature("container authentication (authenticate)", AUTH_HINT);
    }

    @Override
    public void login(String username, String password) {
        throw new UnsupportedServletFeature("container authentication (login)", AUTH_HINT);
    }

    @Override
    public void logout() {
        // Nobody is ever logged in by the container, so there is nothing to undo.
    }

    @Override
    public Collection<Part> getParts() {
        throw new UnsupportedServletFeature("multipart requests (getParts)", MULTIPART_HINT);
    }

    @Override
    public Part getPart(String name) {
        throw new UnsupportedServletFeature("multipart requests (getPart)", MULTIPART_HINT);
    }

    @Override
    public <T extends HttpUpgradeHandler> T upgrade(Class<T> handlerClass) {
        throw new UnsupportedServletFeature(
                "HTTP upgrade (upgrade)", "Serve WebSockets through Wharf's ASGI interface instead.");
    }

    @Override
    public AsyncContext startAsync() {
        throw new UnsupportedServletFeature("startAsync (asynchronous servlets)", ASYNC_HINT);
    }

    @Override
    public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
        throw new UnsupportedServletFeature("startAsync (asynchronous servlets)", ASYNC_HINT);
    }

    @Override
    public boolean isAsyncStarted() {
        return false;
    }

    @Override
    public boolean isAsyncSupported() {
        return false;
    }

    @Override
    public AsyncContext getAsyncContext() {
        throw new IllegalStateException("No asynchronous operation was started. " + ASYNC_HINT);
    }
}
