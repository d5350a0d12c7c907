/**
 * Uvicorn's {@code ProxyHeadersMiddleware}: client address and scheme from {@code X-Forwarded-For}
 * and {@code X-Forwarded-Proto}, believed only from {@code --forwarded-allow-ips}.
 *
 * <p>A leaf on the ASGI contract: the settings model parses its trust list, the protocols apply it.
 */
package dev.wharf.middleware.proxyheaders;
