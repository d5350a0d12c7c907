/**
 * HTTP/1.1 on Netty, as Uvicorn's {@code protocols/http}: the pipeline, one connection handler with
 * keep-alive and pipelining, and one {@code RequestResponseCycle} per request running the app on its
 * own virtual thread.
 */
package dev.wharf.protocols.http;
