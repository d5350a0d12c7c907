/**
 * Profile files ({@code wharf.json}): read into raw values for {@code sources} to check, written back
 * atomically with the settings that differ from their defaults, a {@code plugins} section and every
 * key Wharf does not know, kept as it was.
 */
package dev.wharf.config.profile;
