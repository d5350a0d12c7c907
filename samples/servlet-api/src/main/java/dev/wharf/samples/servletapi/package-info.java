/**
 * The servlet-api sample: a JAX-RS application on Jersey 4, with Jackson of its own version, served by Wharf
 * through its servlet adapter ({@code --interface servlet}). It knows nothing of Wharf: its context attributes
 * are the worker's app.state and its sessions live in the worker that made them.
 */
package dev.wharf.samples.servletapi;
