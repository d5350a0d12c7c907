/**
 * The development certificate of {@code --ssl-dev}, as mkcert makes one: a local certificate
 * authority made once per user (its key readable by the user alone) in Wharf's data folder, a
 * certificate for localhost and the bound host signed by it and renewed before it expires, and
 * {@code wharf trust}, which installs the authority where this machine's browsers look. JDK and
 * Bouncy Castle only; nothing of the server.
 */
package dev.wharf.tls.dev;
