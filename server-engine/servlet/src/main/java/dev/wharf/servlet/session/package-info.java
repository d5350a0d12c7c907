/**
 * HTTP sessions: kept in memory by one adapter instance, that is by one worker (another worker, like
 * another server, does not know them), found by the {@code JSESSIONID} cookie, expired when idle longer
 * than their interval and swept periodically. {@link dev.wharf.servlet.session.SessionStore#activeCount()}
 * is the number the engine's telemetry reads.
 */
package dev.wharf.servlet.session;
