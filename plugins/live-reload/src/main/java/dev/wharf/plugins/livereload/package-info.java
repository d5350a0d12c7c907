/**
 * The live-reload plugin: a small script in every HTML page keeps a server-sent events stream open
 * to the worker and reloads the page after a hot swap, or when it reconnects to newer code after a
 * new generation took over.
 */
package dev.wharf.plugins.livereload;
