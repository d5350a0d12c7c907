package dev.wharf.config.setting;

/**
 * Uvicorn's {@code --ssl-cert-reqs}: whether a TLS client must show a certificate. Python's
 * {@code ssl.CERT_NONE}, {@code CERT_OPTIONAL} and {@code CERT_REQUIRED} are 0, 1 and 2; these are
 * the same three, by name.
 */
public enum ClientCertificates {
    /** Never ask for one (Uvicorn's default, 0). */
    NONE,
    /** Ask; a client without one is still served, one that does not verify is refused (1). */
    OPTIONAL,
    /** Refuse a client that shows none or one that does not verify against --ssl-ca-certs (2). */
    REQUIRED
}
