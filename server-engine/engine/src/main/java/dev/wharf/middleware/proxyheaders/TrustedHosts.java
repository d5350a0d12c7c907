package dev.wharf.middleware.proxyheaders;

import io.netty.util.NetUtil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The peers whose {@code X-Forwarded-*} headers are believed, from {@code --forwarded-allow-ips}:
 * IP addresses, networks in CIDR form ({@code 10.0.0.0/8}, {@code fd00::/8}), {@code *} for every
 * peer, {@code unix:} for every Unix-socket peer, and other literals matched as they are (a socket
 * path). Parsing never resolves a host name: a list is checked the same way offline and online.
 */
public final class TrustedHosts {

    private final String text;
    private final boolean everyone;
    private final boolean unixPeers;
    private final List<Network> networks;
    private final Set<String> literals;

    private TrustedHosts(
            String text, boolean everyone, boolean unixPeers, List<Network> networks, Set<String> literals) {
        this.text = text;
        this.everyone = everyone;
        this.unixPeers = unixPeers;
        this.networks = List.copyOf(networks);
        this.literals = Set.copyOf(literals);
    }

    /**
     * Parses a comma-separated list.
     *
     * @throws IllegalArgumentException naming the entry that is neither an address, a network nor a literal
     */
    public static TrustedHosts parse(String text) {
        boolean everyone = false;
        boolean unixPeers = false;
        List<Network> networks = new ArrayList<>();
        Set<String> literals = new HashSet<>();
        for (String raw : text.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                everyone = true;
            } else if (entry.equals("unix:")) {
                unixPeers = true;
            } else if (entry.contains("/") && looksLikeAddress(entry.substring(0, entry.indexOf('/')))) {
                networks.add(Network.parse(entry));
            } else if (NetUtil.isValidIpV4Address(entry) || NetUtil.isValidIpV6Address(entry)) {
                networks.add(Network.parse(entry));
            } else if (looksLikeAddress(entry)) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address");
            } else {
                literals.add(entry);
            }
        }
        return new TrustedHosts(text, everyone, unixPeers, networks, literals);
    }

    /** What is wrong with a list, or {@code null}: the settings model's check. */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return "has a bad entry: " + e.getMessage();
        }
    }

    private static boolean looksLikeAddress(String entry) {
        return (entry.indexOf('.') >= 0 || entry.indexOf(':') >= 0)
                && entry.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }

    public boolean trustsEveryone() {
        return everyone;
    }

    /**
     * Whether a peer is trusted.
     *
     * @param host    the peer's IP address as text, or a socket path
     * @param unix    whether the peer came through a Unix domain socket
     */
    public boolean isTrusted(String host, boolean unix) {
        if (everyone || (unix && unixPeers)) {
            return true;
        }
        if (host == null) {
            return false;
        }
        if (literals.contains(host)) {
            return true;
        }
        byte[] address = NetUtil.createByteArrayFromIpAddressString(host);
        if (address == null) {
            return false;
        }
        for (Network network : networks) {
            if (network.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client an {@code X-Forwarded-For} list names: each proxy appends the peer it saw, so the
     * right-most entry that is not a trusted proxy is the client; when every entry is trusted, the
     * left-most one. With {@code *}, the left-most, as Uvicorn does.
     *
     * @return the client's host, or {@code null} when the header names none
     */
    public String clientFrom(String forwardedFor) {
        List<String> hops = new ArrayList<>();
        for (String hop : forwardedFor.split(",")) {
            String h = hop.strip();
            if (!h.isEmpty()) {
                hops.add(h);
            }
        }
        if (hops.isEmpty()) {
            return null;
        }
        if (everyone) {
            return hops.get(0);
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i), false)) {
                return hops.get(i);
            }
        }
        return hops.get(0);
    }

    @Override
    public String toString() {
        return text;
    }

    /** An address with a prefix length: a single address is a network of full length. */
    private record Network(byte[] base, int prefix) {

        static Network parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
            if (bytes == null) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or network");
            }
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + entry + "' has no prefix length after '/'");
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException(
                            "'" + entry + "' has a prefix length out of 0.." + bytes.length * 8);
                }
            }
            return new Network(bytes, prefix);
        }

        boolean contains(byte[] address) {
            byte[] candidate = address;
            if (candidate.length != base.length) {
                candidate = mapped(candidate);
                if (candidate == null || candidate.length != base.length) {
                    return false;
                }
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != base[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (candidate[full] & mask) == (base[full] & mask);
        }

        /** An IPv4 address seen as IPv4-mapped IPv6 (::ffff:a.b.c.d) and the reverse, so one list serves both stacks. */
        private byte[] mapped(byte[] address) {
            if (address.length == 16 && base.length == 4) {
                for (int i = 0; i < 10; i++) {
                    if (address[i] != 0) {
                        return null;
                    }
                }
                if (address[10] != (byte) 0xff || address[11] != (byte) 0xff) {
                    return null;
                }
                return Arrays.copyOfRange(address, 12, 16);
            }
            return null;
        }
    }
}
