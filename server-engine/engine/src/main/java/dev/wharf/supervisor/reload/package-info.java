/**
 * Reload on file change, as Uvicorn's reloaders beside its supervisors: watching the app's folders,
 * debouncing, compiling changed sources, and asking for a new generation; its reports are the
 * supervisor API's {@link dev.wharf.supervisor.ReloadReport}.
 */
package dev.wharf.supervisor.reload;
