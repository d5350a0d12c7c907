/**
 * Finding the app: Uvicorn's {@code module:attribute} names resolved to an {@link dev.wharf.asgi.App}
 * in the app's own class loader, over {@code --app-dir} and the bundled samples.
 *
 * <p>It sees only the ASGI contract; the settings model and the worker use it.
 */
package dev.wharf.importer;
