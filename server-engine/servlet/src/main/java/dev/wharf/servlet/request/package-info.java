/**
 * {@code HttpServletRequest} over an ASGI {@code http} scope: the scope's path, query, headers, client and
 * server (proxy headers already applied by the engine) as the servlet API reads them, the body streamed
 * from {@code receive()} as it arrives, parameters parsed when first asked for, and the session found by
 * its cookie.
 */
package dev.wharf.servlet.request;
