/**
 * The adapter's one immutable settings object ({@link dev.wharf.servlet.config.ServletSettings}), built by the
 * engine before the application starts, as Uvicorn's {@code Config} carries every setting to its server.
 */
package dev.wharf.servlet.config;
