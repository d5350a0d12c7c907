/**
 * The {@code wharf} command (picocli): {@code wharf run APP} with Uvicorn's option names, generated
 * from the settings model, running a supervisor headless with its output on the console.
 *
 * <p>The top layer of the engine: it may use every package below it and nothing uses it but the
 * window's launcher.
 */
package dev.wharf.cli;
