/**
 * Where settings' values come from and which one wins, as Uvicorn's: command-line flags, then
 * {@code WHARF_*} environment variables, then a profile file, then the defaults; and the {@code
 * .env} file given to workers. JSON from a profile or the control channel becomes plain Java here,
 * the edge where it meets the option types.
 */
package dev.wharf.config.sources;
