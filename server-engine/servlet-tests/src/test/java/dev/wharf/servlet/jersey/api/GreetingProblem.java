package dev.wharf.servlet.jersey.api;

/** Thrown by the resource for a name it refuses; mapped to a 409 by {@link GreetingProblemMapper}. */
public class GreetingProblem extends RuntimeException {
    public GreetingProblem(String message) {
        super(message);
    }
}
