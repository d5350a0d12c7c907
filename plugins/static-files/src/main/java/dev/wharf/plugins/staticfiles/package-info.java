/** The static-files plugin: serves a folder under a path prefix, with safe paths, media types and conditional requests. */
package dev.wharf.plugins.staticfiles;
