/**
 * The supervisor of worker processes, as Uvicorn's {@code supervisors/multiprocess.py}: the shared
 * socket, starting and watching workers, replacing the ones that die, scaling, rolling generations,
 * applying settings; {@link dev.wharf.supervisor.process.Supervisors} makes one. {@code
 * ProcessSupervisor} starts and stops the server over three parts, each a concept of its own: {@code
 * WorkerLifecycle} (one worker's life, through its {@code WorkerState}s), {@code GenerationRoller}
 * (a new generation in, the old one drained) and {@code ReloadCoordinator} (reload and spare
 * workers). One thread, {@code SupervisorLoop}'s, owns them all.
 */
package dev.wharf.supervisor.process;
