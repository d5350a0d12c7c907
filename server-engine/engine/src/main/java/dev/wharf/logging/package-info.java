/**
 * Logging set up as Uvicorn's: its level names, the {@code wharf.error} and {@code wharf.access}
 * loggers, and the JVM-wide defaults both the CLI and the worker start with.
 */
package dev.wharf.logging;
