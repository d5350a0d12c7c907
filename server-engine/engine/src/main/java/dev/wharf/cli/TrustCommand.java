package dev.wharf.cli;

import dev.wharf.tls.dev.DataFolder;
import dev.wharf.tls.dev.DevCertificates;
import dev.wharf.tls.dev.TrustStores;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wharf trust [--uninstall]}: makes this machine's browsers trust the authority that signs
 * --ssl-dev's certificates, as {@code mkcert -install} does, or stops them trusting it.
 */
@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        versionProvider = WharfVersion.class,
        description = {
            "Install the local certificate authority of --ssl-dev where this machine's browsers look: the user's NSS",
            "databases (Chromium, Firefox) with certutil, the system store with update-ca-certificates (as root),",
            "or print the exact commands for what needs sudo or another system (macOS: security)."
        })
final class TrustCommand implements Callable<Integer> {

    @Option(names = "--uninstall", description = "Remove the authority from where `wharf trust` put it.")
    boolean uninstall;

    @Override
    public Integer call() {
        return trust(uninstall, System.out, System.err);
    }

    static int trust(boolean uninstall, PrintStream out, PrintStream err) {
        DevCertificates dev = new DevCertificates(DataFolder.ofUser());
        String name;
        try {
            if (!uninstall) {
                dev.ensure("localhost", Instant.now());
            } else if (!java.nio.file.Files.exists(dev.authorityCertificate())) {
                out.println("No development authority at " + dev.authorityCertificate() + ": nothing to remove.");
                return 0;
            }
            name = dev.authorityName();
        } catch (IOException e) {
            err.println("Cannot make or read the development authority: " + e.getMessage());
            return 1;
        }
        TrustStores.Outcome outcome = uninstall
                ? TrustStores.ofThisMachine().uninstall(dev.authorityCertificate(), name)
                : TrustStores.ofThisMachine().install(dev.authorityCertificate(), name);
        out.println((uninstall ? "Removing " : "Trusting ") + "\"" + name + "\" (" + dev.authorityCertificate() + ")");
        outcome.done().forEach(line -> out.println("  " + line));
        if (!outcome.commands().isEmpty()) {
            out.println("Run these yourself to finish:");
            outcome.commands().forEach(line -> out.println("  " + line));
        }
        outcome.failures().forEach(line -> err.println("Failed: " + line));
        if (!uninstall) {
            out.println("Restart the browser for it to read the change.");
        }
        return outcome.failures().isEmpty() ? 0 : 1;
    }
}
