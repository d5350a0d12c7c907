package dev.wharf.middleware.proxyheaders;

import dev.wharf.asgi.Address;
import dev.wharf.asgi.Header;
import java.util.List;
import java.util.Locale;

/**
 * Uvicorn's {@code ProxyHeadersMiddleware}: when the direct peer is a trusted proxy, the scope's
 * {@code client} comes from {@code X-Forwarded-For} and its {@code scheme} from
 * {@code X-Forwarded-Proto}; from any other peer both headers are ignored, so a client cannot
 * claim to be someone else. Stateless and immutable: a live change of the trust list swaps the
 * whole object.
 */
public final class ProxyHeaders {

    private static final ProxyHeaders OFF = new ProxyHeaders(null);

    /** {@code null} when proxy headers are off. */
    private final TrustedHosts trusted;

    private ProxyHeaders(TrustedHosts trusted) {
        this.trusted = trusted;
    }

    public static ProxyHeaders off() {
        return OFF;
    }

    public static ProxyHeaders trusting(TrustedHosts trusted) {
        return new ProxyHeaders(trusted);
    }

    public boolean enabled() {
        return trusted != null;
    }

    /**
     * What the forwarding headers change in a scope, for a request from {@code peer}.
     *
     * @param websocket whether the scope is a websocket one (its scheme is ws/wss)
     * @return what changes; {@link Forwarded#NONE} when nothing does
     */
    public Forwarded resolve(Address peer, List<Header> headers, boolean websocket) {
        if (trusted == null) {
            return Forwarded.NONE;
        }
        boolean unix = peer != null && peer.port() == null;
        if (!trusted.isTrusted(peer == null ? null : peer.host(), unix)) {
            return Forwarded.NONE;
        }
        String forwardedFor = null;
        String proto = null;
        for (Header header : headers) {
            if (header.nameIs("x-forwarded-for")) {
                // Several lines of the header are one list, in the order they came.
                forwardedFor = forwardedFor == null ? header.valueText() : forwardedFor + "," + header.valueText();
            } else if (header.nameIs("x-forwarded-proto")) {
                proto = header.valueText();
            }
        }
        String scheme = scheme(proto, websocket);
        String host = forwardedFor == null ? null : trusted.clientFrom(forwardedFor);
        if (scheme == null && host == null) {
            return Forwarded.NONE;
        }
        // The client's port is not forwarded; Uvicorn reports 0 as well.
        return new Forwarded(scheme, host == null ? null : new Address(host, 0));
    }

    private static String scheme(String proto, boolean websocket) {
        if (proto == null) {
            return null;
        }
        String p = proto.strip().toLowerCase(Locale.ROOT);
        boolean secure;
        switch (p) {
            case "https", "wss" -> secure = true;
            case "http", "ws" -> secure = false;
            default -> {
                return null;
            }
        }
        if (websocket) {
            return secure ? "wss" : "ws";
        }
        return secure ? "https" : "http";
    }

    @Override
    public String toString() {
        return trusted == null ? "off" : "trusting " + trusted;
    }

    /**
     * The parts of a scope that the forwarding headers replace.
     *
     * @param scheme the scheme, or {@code null} to keep the connection's
     * @param client the client, or {@code null} to keep the direct peer
     */
    public record Forwarded(String scheme, Address client) {
        public static final Forwarded NONE = new Forwarded(null, null);
    }
}
