package dev.wharf.servlet.jersey.api;

/** What the greeting resource reads and writes as JSON. */
public record Greeting(String name, String message) {}
