/**
 * The servlet interface ({@code --interface servlet}): serves a Jakarta Servlet application through the
 * ASGI contract, as Uvicorn serves a WSGI application through its WSGI adapter. {@link
 * dev.wharf.servlet.ServletApp} is the one entry point the engine calls; the sub-packages each hold one
 * concept of a servlet container, and none of them knows Netty or the engine.
 */
package dev.wharf.servlet;
