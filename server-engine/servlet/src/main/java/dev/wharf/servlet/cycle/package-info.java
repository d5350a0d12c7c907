/**
 * One request through the servlet application, as Uvicorn's {@code RequestResponseCycle} is one through an
 * ASGI app: the path mapped to a servlet, the request and response made over the scope, {@code receive} and
 * {@code send}, the request listeners told, the filter chain run, and the response completed.
 */
package dev.wharf.servlet.cycle;
