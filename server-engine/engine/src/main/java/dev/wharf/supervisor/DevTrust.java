package dev.wharf.supervisor;

import java.util.List;

/**
 * {@code wharf trust}, for the command line and the window alike: makes this machine's browsers
 * trust the local authority that signs {@code --ssl-dev}'s certificates (making it first if need
 * be), or stop trusting it. {@code supervisor.process.Supervisors#devTrust()} gives this machine's.
 */
public interface DevTrust {

    /** Installs the authority where this machine's browsers look. Never throws: what failed is in the outcome. */
    Outcome install();

    /** Removes it from where {@link #install()} put it. */
    Outcome uninstall();

    /**
     * What was done and what is left for the user.
     *
     * @param headline  which authority, from which file ("Trusting "…" (/path/ca.pem)"), or why nothing was to do
     * @param done      each store changed, one line each
     * @param commands  the exact commands the user should run (with sudo, or on another system) to finish
     * @param failures  what was tried and failed, with its output
     */
    record Outcome(String headline, List<String> done, List<String> commands, List<String> failures) {

        public Outcome {
            done = List.copyOf(done);
            commands = List.copyOf(commands);
            failures = List.copyOf(failures);
        }

        /** Whether something failed (a command's exit code, the authority that could not be made). */
        public boolean failed() {
            return !failures.isEmpty();
        }
    }
}
