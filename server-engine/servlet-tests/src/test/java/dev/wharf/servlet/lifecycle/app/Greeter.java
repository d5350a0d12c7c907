package dev.wharf.servlet.lifecycle.app;

/** An interface {@link AuditInitializer} asks for the implementations of. */
public interface Greeter {
    String greet();
}
