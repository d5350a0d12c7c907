package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import dev.wharf.middleware.proxyheaders.TrustedHosts;
import java.util.List;

/** Which proxies are believed about the client's address and scheme. */
public final class ProxyOptions {

    private ProxyOptions() {}

    public static final Setting<Boolean> PROXY_HEADERS = Setting.define(
                    "proxy_headers", Section.PROXY, OptionTypes.bool())
            .defaultValue(true)
            .apply(Apply.LIVE)
            .help(
                    "Take the client's address from X-Forwarded-For and the scheme from X-Forwarded-Proto, but only when "
                            + "the request comes from a peer in --forwarded-allow-ips.",
                    "Behind a proxy or load balancer: without it every request seems to come from the proxy, over http.",
                    "Believing it is unsafe by default: headers from peers outside the trust list are ignored.")
            .build();

    public static final Setting<String> FORWARDED_ALLOW_IPS = Setting.define(
                    "forwarded_allow_ips",
                    Section.PROXY,
                    OptionTypes.text(
                            "IPS",
                            "a comma-separated list of IP addresses and networks (10.0.0.0/8), 'unix:' for Unix-socket "
                                    + "peers, or *",
                            TrustedHosts::problem))
            .defaultValue("127.0.0.1")
            .alsoEnvironment("FORWARDED_ALLOW_IPS")
            .apply(Apply.LIVE)
            .help(
                    "The proxies trusted to set X-Forwarded-For and X-Forwarded-Proto: addresses, CIDR networks, 'unix:', or *.",
                    "When the proxy is not on this machine (a load balancer's network, a container bridge).",
                    "Using * on a server clients can reach directly: any client can then claim any address.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(PROXY_HEADERS, FORWARDED_ALLOW_IPS);
    }
}
