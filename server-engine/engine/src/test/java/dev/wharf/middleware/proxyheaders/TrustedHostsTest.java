package dev.wharf.middleware.proxyheaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedHostsTest {

    @Test
    void addressesAndNetworksOfBothFamiliesAreMatched() {
        TrustedHosts trusted = TrustedHosts.parse("127.0.0.1, 10.0.0.0/8, fd00::/8, ::1");
        assertThat(trusted.isTrusted("127.0.0.1", false)).isTrue();
        assertThat(trusted.isTrusted("10.200.3.4", false)).isTrue();
        assertThat(trusted.isTrusted("11.0.0.1", false)).isFalse();
        assertThat(trusted.isTrusted("fd12:3456::1", false)).isTrue();
        assertThat(trusted.isTrusted("::1", false)).isTrue();
        assertThat(trusted.isTrusted("::ffff:10.1.1.1", false)).isTrue();
        assertThat(trusted.isTrusted("fe80::1", false)).isFalse();
    }

    @Test
    void prefixesThatAreNotWholeBytesAreMasked() {
        TrustedHosts trusted = TrustedHosts.parse("192.168.0.0/23");
        assertThat(trusted.isTrusted("192.168.1.200", false)).isTrue();
        assertThat(trusted.isTrusted("192.168.2.1", false)).isFalse();
    }

    @Test
    void starTrustsEveryoneAndUnixTrustsSocketPeers() {
        assertThat(TrustedHosts.parse("*").isTrusted("203.0.113.9", false)).isTrue();
        TrustedHosts unix = TrustedHosts.parse("unix:");
        assertThat(unix.isTrusted("", true)).isTrue();
        assertThat(unix.isTrusted("127.0.0.1", false)).isFalse();
    }

    @Test
    void theClientIsTheRightMostHopThatIsNotATrustedProxy() {
        TrustedHosts trusted = TrustedHosts.parse("127.0.0.1, 10.0.0.0/8");
        // client, then two proxies of ours
        assertThat(trusted.clientFrom("203.0.113.7, 10.0.0.5, 10.0.0.6")).isEqualTo("203.0.113.7");
        // a client claiming to be 1.2.3.4: our proxy appended the address it really came from
        assertThat(trusted.clientFrom("1.2.3.4, 198.51.100.9")).isEqualTo("198.51.100.9");
        // every hop trusted: the left-most
        assertThat(trusted.clientFrom("10.0.0.1, 10.0.0.2")).isEqualTo("10.0.0.1");
        assertThat(trusted.clientFrom(" , ")).isNull();
        assertThat(TrustedHosts.parse("*").clientFrom("1.2.3.4, 5.6.7.8")).isEqualTo("1.2.3.4");
    }

    @Test
    void malformedEntriesAreNamed() {
        assertThatThrownBy(() -> TrustedHosts.parse("10.0.0.300")).hasMessage("'10.0.0.300' is not an IP address");
        assertThatThrownBy(() -> TrustedHosts.parse("10.0.0.0/33")).hasMessageContaining("prefix length out of 0..32");
        assertThatThrownBy(() -> TrustedHosts.parse("10.0.0.0/x")).hasMessageContaining("no prefix length");
        assertThat(TrustedHosts.problem("127.0.0.1, 10.0.0.300"))
                .isEqualTo("has a bad entry: '10.0.0.300' is not an IP address");
        assertThat(TrustedHosts.problem("127.0.0.1,10.0.0.0/8")).isNull();
    }
}
