package dev.wharf.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The server's one key and chain, offered for every handshake whose key type it can sign for. In
 * place of a {@code KeyStore} and the JDK's key manager factory: their PKCS#12 store and PKIX key
 * manager load a few hundred classes into every worker and re-check the chain on each handshake,
 * for a choice that here is always the same.
 */
final class OneKeyManager extends X509ExtendedKeyManager {

    static final String ALIAS = "server";

    private static final Set<String> EDWARDS = Set.of("EdDSA", "Ed25519", "Ed448");

    private final PrivateKey key;
    private final X509Certificate[] chain;

    OneKeyManager(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = chain.toArray(X509Certificate[]::new);
    }

    /**
     * Whether the key signs for {@code keyType}, as the JDK names it: the key's algorithm ({@code
     * RSA}, {@code EC}, {@code RSASSA-PSS}, {@code EdDSA}), or for TLS 1.2 the key's and the
     * certificate signer's ({@code EC_RSA}), of which the key's part decides.
     */
    boolean signsFor(String keyType) {
        if (keyType == null) {
            return false;
        }
        int underscore = keyType.indexOf('_');
        String wanted = underscore < 0 ? keyType : keyType.substring(0, underscore);
        String algorithm = key.getAlgorithm();
        return wanted.equalsIgnoreCase(algorithm) || (EDWARDS.contains(wanted) && EDWARDS.contains(algorithm));
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return signsFor(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return signsFor(keyType) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return signsFor(keyType) ? ALIAS : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? key : null;
    }

    /** A server has no client identity. */
    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return null;
    }
}
