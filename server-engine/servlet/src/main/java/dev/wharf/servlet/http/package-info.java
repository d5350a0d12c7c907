/**
 * HTTP details the servlet API leaves to its container: header dates, the {@code Cookie} and
 * {@code Set-Cookie} wire formats, {@code Accept-Language}, and URL-encoded forms.
 */
package dev.wharf.servlet.http;
