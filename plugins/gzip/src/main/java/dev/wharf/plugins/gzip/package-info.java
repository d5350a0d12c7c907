/** The gzip plugin: compresses responses of compressible types for clients that accept gzip. */
package dev.wharf.plugins.gzip;
