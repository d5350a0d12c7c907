package dev.wharf.supervisor.process;

import dev.wharf.supervisor.DevTrust;
import dev.wharf.tls.dev.DevCertificates;
import dev.wharf.tls.dev.TrustStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@link DevTrust} on a real machine: the development authority in a data folder (made on first
 * install) put into, or taken out of, the {@link TrustStores} of a home folder.
 */
public final class DevTrustStores implements DevTrust {

    private final DevCertificates certificates;
    private final TrustStores stores;

    /**
     * @param dataFolder Wharf's data folder, which holds the authority ({@code DataFolder.ofUser()} for this user's)
     * @param stores     where browsers look ({@code TrustStores.ofThisMachine()} for this user's)
     */
    public DevTrustStores(Path dataFolder, TrustStores stores) {
        this.certificates = new DevCertificates(dataFolder);
        this.stores = stores;
    }

    @Override
    public Outcome install() {
        String name;
        try {
            certificates.ensure("localhost", Instant.now());
            name = certificates.authorityName();
        } catch (IOException | RuntimeException e) {
            return cannotRead(e);
        }
        TrustStores.Outcome outcome = stores.install(certificates.authorityCertificate(), name);
        return new Outcome(headline("Trusting", name), outcome.done(), outcome.commands(), outcome.failures());
    }

    @Override
    public Outcome uninstall() {
        if (!Files.exists(certificates.authorityCertificate())) {
            return new Outcome(
                    "No development authority at " + certificates.authorityCertificate() + ": nothing to remove.",
                    List.of(),
                    List.of(),
                    List.of());
        }
        String name;
        try {
            name = certificates.authorityName();
        } catch (IOException | RuntimeException e) {
            return cannotRead(e);
        }
        TrustStores.Outcome outcome = stores.uninstall(certificates.authorityCertificate(), name);
        return new Outcome(headline("Removing", name), outcome.done(), outcome.commands(), outcome.failures());
    }

    private String headline(String verb, String name) {
        return verb + " \"" + name + "\" (" + certificates.authorityCertificate() + ")";
    }

    private Outcome cannotRead(Exception e) {
        return new Outcome(
                "The development authority in "
                        + certificates.authorityCertificate().getParent(),
                List.of(),
                List.of(),
                List.of("cannot make or read the development authority: " + e.getMessage()));
    }
}
