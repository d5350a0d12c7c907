/**
 * The servlet context of one adapter instance: its registrations (servlets, filters, listeners), its init
 * parameters, its attributes (kept in the worker's lifespan {@code state} map, so they are the worker's
 * app.state) and the deployment that starts and stops it all in the order the Servlet spec gives.
 */
package dev.wharf.servlet.context;
