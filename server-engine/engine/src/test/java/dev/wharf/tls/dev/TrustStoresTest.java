package dev.wharf.tls.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wharf trust` against a real NSS database (certutil) in a throwaway home, the system store left to the printed commands. */
class TrustStoresTest {

    @TempDir
    Path home;

    private String listNss() throws Exception {
        Process list = new ProcessBuilder("certutil", "-d", "sql:" + home.resolve(".pki/nssdb"), "-L")
                .redirectErrorStream(true)
                .start();
        String output = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void installsTheAuthorityInTheUsersNssDatabaseAndRemovesItAgain() throws Exception {
        DevCertificates dev = new DevCertificates(home.resolve("data"));
        dev.ensure("localhost", Instant.now());
        TrustStores stores = new TrustStores(home, home.resolve("anchors"), false, false);

        TrustStores.Outcome installed = stores.install(dev.authorityCertificate(), dev.authorityName());

        assertThat(installed.failures()).isEmpty();
        assertThat(installed.done()).containsExactly("Trusted in the NSS database " + home.resolve(".pki/nssdb"));
        assertThat(listNss()).contains(dev.authorityName()).contains("C,,");
        assertThat(installed.commands())
                .anySatisfy(command -> assertThat(command).contains("update-ca-certificates"));

        TrustStores.Outcome removed = stores.uninstall(dev.authorityCertificate(), dev.authorityName());
        assertThat(removed.failures()).isEmpty();
        assertThat(listNss()).doesNotContain(dev.authorityName());
        assertThat(stores.uninstall(dev.authorityCertificate(), dev.authorityName())
                        .failures())
                .as("removing it twice")
                .isEmpty();
    }

    @Test
    void macOsGetsTheSecurityCommandToRun() throws Exception {
        DevCertificates dev = new DevCertificates(home.resolve("data"));
        dev.ensure("localhost", Instant.now());

        TrustStores.Outcome outcome = new TrustStores(home, home.resolve("anchors"), false, true)
                .install(dev.authorityCertificate(), dev.authorityName());

        assertThat(outcome.commands())
                .containsExactly(
                        "sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain '"
                                + dev.authorityCertificate() + "'");
    }
}
