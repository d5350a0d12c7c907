package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.ClientCertificates;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.nio.file.Path;
import java.util.List;

/**
 * HTTPS: Uvicorn's seven {@code --ssl-*} settings with their names and meanings, and Wharf's own
 * development certificate. Files are only named here; {@code dev.wharf.tls} reads them and says
 * what is wrong with one.
 */
public final class TlsOptions {

    private TlsOptions() {}

    /** The default of --ssl-version: whatever TLS versions both sides know, 1.2 and 1.3. */
    public static final String ANY_VERSION = "TLS";

    /** Uvicorn's default of --ssl-ciphers, OpenSSL's name for "every TLS cipher": here the default list ({@code CipherSuites}). */
    public static final String DEFAULT_CIPHERS = "TLSv1";

    public static final Setting<Path> SSL_KEYFILE = Setting.define(
                    "ssl_keyfile", Section.TLS, OptionTypes.optionalPath())
            .help(
                    "The server's private key, PEM: PKCS#1 (BEGIN RSA PRIVATE KEY), PKCS#8 (BEGIN PRIVATE KEY), "
                            + "EC, or encrypted (with --ssl-keyfile-password). With --ssl-certfile it turns HTTPS on.",
                    "To serve https:// with a certificate you already have (mkcert's, your company CA's).",
                    "Giving the certificate without its key, or a key of another certificate: Wharf refuses to start "
                            + "and names the file.")
            .build();

    public static final Setting<Path> SSL_CERTFILE = Setting.define(
                    "ssl_certfile", Section.TLS, OptionTypes.optionalPath())
            .help(
                    "The server's certificate, PEM, followed by its chain (intermediates); the key may be in the same "
                            + "file when --ssl-keyfile is not given.",
                    "With --ssl-keyfile, to serve https://.",
                    "Leaving out the intermediate certificates: browsers then accept it while curl and Python refuse.")
            .build();

    public static final Setting<String> SSL_KEYFILE_PASSWORD = Setting.define(
                    "ssl_keyfile_password",
                    Section.TLS,
                    OptionTypes.optionalText("PASSWORD", "the key file's password", password -> null))
            .help(
                    "The password of an encrypted --ssl-keyfile.",
                    "When the key's PEM says ENCRYPTED.",
                    "Putting it in a shared profile file: use the WHARF_SSL_KEYFILE_PASSWORD environment variable.")
            .build();

    public static final Setting<String> SSL_VERSION = Setting.define(
                    "ssl_version", Section.TLS, OptionTypes.choice(List.of(ANY_VERSION, "TLSv1.2", "TLSv1.3")))
            .defaultValue(ANY_VERSION)
            .help(
                    "The TLS versions served: TLS (1.2 and 1.3, Uvicorn's default PROTOCOL_TLS_SERVER), TLSv1.2 or TLSv1.3 "
                            + "(that version only). Older versions are never served.",
                    "TLSv1.3 to check that clients cope with it alone.",
                    "Passing Uvicorn's numbers (17): use the names.")
            .build();

    public static final Setting<ClientCertificates> SSL_CERT_REQS = Setting.define(
                    "ssl_cert_reqs", Section.TLS, OptionTypes.choice(ClientCertificates.class))
            .defaultValue(ClientCertificates.NONE)
            .help(
                    "Whether clients must show a certificate signed by --ssl-ca-certs: none, optional or required "
                            + "(Python's CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED, Uvicorn's 0, 1, 2).",
                    "For mutual TLS between services, or to try an app's client-certificate login.",
                    "Asking for them without --ssl-ca-certs: there is then nothing to verify them against.")
            .build();

    public static final Setting<Path> SSL_CA_CERTS = Setting.define(
                    "ssl_ca_certs", Section.TLS, OptionTypes.optionalPath())
            .help(
                    "The certificates (PEM) that client certificates must be signed by, for --ssl-cert-reqs.",
                    "With --ssl-cert-reqs optional or required.",
                    "Expecting it to complete the server's own chain: that goes in --ssl-certfile.")
            .build();

    public static final Setting<String> SSL_CIPHERS = Setting.define(
                    "ssl_ciphers",
                    Section.TLS,
                    OptionTypes.text(
                            "CIPHERS",
                            "TLSv1 (Wharf's default list) or cipher suites separated by ':' or ',', in OpenSSL's "
                                    + "(ECDHE-RSA-AES128-GCM-SHA256) or IANA's (TLS_AES_128_GCM_SHA256) names",
                            ciphers -> ciphers.isBlank() ? "is empty" : null))
            .defaultValue(DEFAULT_CIPHERS)
            .help(
                    "The TLS 1.2 cipher suites offered, in OpenSSL's or IANA's names; TLSv1 (Uvicorn's default) offers "
                            + "Netty's default list: ECDHE with AES-GCM, and with AES-CBC for RSA keys (no CHACHA20, no "
                            + "DHE). TLS 1.3's AES-GCM suites are offered either way.",
                    "To reproduce a production proxy's cipher list.",
                    "Naming only suites the JDK does not have: Wharf refuses to start and says which.")
            .build();

    public static final Setting<Boolean> SSL_DEV = Setting.define("ssl_dev", Section.TLS, OptionTypes.bool())
            .defaultValue(false)
            .help(
                    "Serve HTTPS with a development certificate for localhost, 127.0.0.1, ::1 and --host, signed by a "
                            + "local certificate authority Wharf makes once in its data folder; `wharf trust` makes "
                            + "this machine's browsers trust it.",
                    "For secure cookies, service workers, OAuth callbacks and HTTP/2 in the browser, with no certificate "
                            + "to make.",
                    "Combining it with --ssl-keyfile / --ssl-certfile: those win.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(
                SSL_KEYFILE,
                SSL_CERTFILE,
                SSL_KEYFILE_PASSWORD,
                SSL_VERSION,
                SSL_CERT_REQS,
                SSL_CA_CERTS,
                SSL_CIPHERS,
                SSL_DEV);
    }
}
