package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.supervisor.DevTrust;
import dev.wharf.tls.dev.TrustStores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wharf trust` as the window and the command line share it, in a throwaway home and data folder. */
class DevTrustStoresTest {

    @TempDir
    Path home;

    private DevTrust trust() {
        return new DevTrustStores(home.resolve("data"), new TrustStores(home, home.resolve("anchors"), false, false));
    }

    @Test
    void installMakesTheAuthorityOnFirstUseAndRemovingItTwiceIsNoFailure() {
        DevTrust.Outcome installed = trust().install();

        assertThat(installed.failed()).isFalse();
        assertThat(installed.headline())
                .startsWith("Trusting \"")
                .contains("Wharf development CA")
                .endsWith("(" + home.resolve("data/dev-tls/ca.pem") + ")");
        assertThat(installed.done()).containsExactly("Trusted in the NSS database " + home.resolve(".pki/nssdb"));

        assertThat(trust().uninstall().done())
                .containsExactly("Removed from the NSS database " + home.resolve(".pki/nssdb"));
        assertThat(trust().uninstall().failed()).isFalse();
    }

    @Test
    void removingBeforeAnyAuthorityExistsSaysThereIsNothingToRemove() {
        DevTrust.Outcome outcome = trust().uninstall();

        assertThat(outcome.headline())
                .isEqualTo(
                        "No development authority at " + home.resolve("data/dev-tls/ca.pem") + ": nothing to remove.");
        assertThat(outcome.failed()).isFalse();
        assertThat(home.resolve("data")).doesNotExist();
    }
}
