/**
 * The control channel between the supervisor and each worker: the messages both sides send (JSON
 * lines, one record per message), their codec, the connection that carries them, and the values a
 * worker reports about itself ({@link dev.wharf.control.WorkerStats}, {@link
 * dev.wharf.control.LifespanPhase}).
 *
 * <p>It knows the settings model (settings travel as JSON) and nothing of the server or the
 * supervisor: both sides depend on it, it depends on neither.
 */
package dev.wharf.control;
