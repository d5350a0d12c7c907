/**
 * Packaging Wharf with its own Java: the packager that runs jlink and jpackage for this platform,
 * with the versions, folders and tools it needs.
 */
package dev.wharf.installer;
