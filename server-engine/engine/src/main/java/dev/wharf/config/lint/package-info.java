/**
 * Warnings about settings that are valid together but probably a mistake (proxy headers trusted
 * from everyone, reload with several workers, a keep-alive timeout at a proxy's), each with what to
 * do instead; shown at start and beside the window's fields.
 */
package dev.wharf.config.lint;
