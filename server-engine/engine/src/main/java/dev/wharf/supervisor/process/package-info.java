/**
 * The supervisor of worker processes, as Uvicorn's {@code supervisors/multiprocess.py}: the shared
 * socket, starting and watching workers, replacing the ones that die, scaling, rolling generations,
 * applying settings; {@link dev.wharf.supervisor.process.Supervisors} makes one.
 */
package dev.wharf.supervisor.process;
