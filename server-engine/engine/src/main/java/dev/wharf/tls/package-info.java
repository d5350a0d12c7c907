/**
 * TLS for the worker's server: reading PEM keys and certificate chains as Uvicorn's {@code --ssl-*}
 * settings name them, checking them before any worker starts (a bad file is a bad setting), and
 * building the one Netty {@code SslContext} each worker serves with. Sees the settings model and
 * Netty's SSL handler only; the development certificate authority is in {@code dev.wharf.tls.dev}.
 */
package dev.wharf.tls;
