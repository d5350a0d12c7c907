package dev.wharf.cli;

import dev.wharf.supervisor.DevTrust;
import dev.wharf.supervisor.process.Supervisors;
import java.io.PrintStream;
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
        DevTrust trust = Supervisors.devTrust();
        DevTrust.Outcome outcome = uninstall ? trust.uninstall() : trust.install();
        out.println(outcome.headline());
        outcome.done().forEach(line -> out.println("  " + line));
        if (!outcome.commands().isEmpty()) {
            out.println("Run these yourself to finish:");
            outcome.commands().forEach(line -> out.println("  " + line));
        }
        outcome.failures().forEach(line -> err.println("Failed: " + line));
        if (!uninstall && !outcome.failed()) {
            out.println("Restart the browser for it to read the change.");
        }
        return outcome.failed() ? 1 : 0;
    }
}
