package dev.wharf.servlet.lifecycle.app;

/** Implements {@link Greeter} through a base class, so the scan has to follow the hierarchy. */
public class EnglishGreeter extends BaseGreeter {
    @Override
    public String greet() {
        return "hello";
    }
}
