/**
 * {@code HttpServletResponse} onto ASGI {@code send()}: status and headers become {@code http.response.start}
 * when the response commits, output is held up to the buffer size and then streamed as
 * {@code http.response.body} pieces with {@code more_body}, and a client that has gone away is an
 * IOException in the servlet.
 */
package dev.wharf.servlet.response;
