package dev.wharf.servlet.jersey.api;

import jakarta.ws.rs.core.Application;

/**
 * A JAX-RS application that lists no classes, so Jersey publishes the resources and providers its
 * {@code ServletContainerInitializer} was handed by the container's scan: the scan is under test too.
 */
public class GreetingApi extends Application {}
