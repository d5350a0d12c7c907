package dev.wharf.tls.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code wharf trust}: puts the development authority where this machine's browsers and tools
 * look, or takes it out again. Chromium and Firefox on Linux read the user's NSS databases (changed
 * with {@code certutil}, no root needed); curl, Python and most tools read the system store
 * ({@code update-ca-certificates}, root); macOS keeps both in the keychain ({@code security}). What
 * it may not do itself it prints as exact commands.
 *
 * @param home         the user's home folder (whose NSS databases are changed)
 * @param systemAnchors the folder update-ca-certificates reads local authorities from
 * @param root         whether this process may change the system store
 * @param macOs        whether this is macOS
 */
public record TrustStores(Path home, Path systemAnchors, boolean root, boolean macOs) {

    /** This machine, as the current user. */
    public static TrustStores ofThisMachine() {
        return new TrustStores(
                Path.of(System.getProperty("user.home")),
                Path.of("/usr/local/share/ca-certificates"),
                "root".equals(System.getProperty("user.name")),
                System.getProperty("os.name", "").toLowerCase().contains("mac"));
    }

    /**
     * What was done and what is left for the user.
     *
     * @param done      each store changed, one line each
     * @param commands  the commands the user should run (with sudo) for what could not be done here
     * @param failures  commands that ran and failed, with their output
     */
    public record Outcome(List<String> done, List<String> commands, List<String> failures) {}

    /** Installs {@code authority} (a PEM file) under {@code nickname}. */
    public Outcome install(Path authority, String nickname) {
        return change(authority, nickname, true);
    }

    /** Removes what {@link #install} put in. */
    public Outcome uninstall(Path authority, String nickname) {
        return change(authority, nickname, false);
    }

    private Outcome change(Path authority, String nickname, boolean install) {
        List<String> done = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (macOs) {
            commands.add(
                    install
                            ? "sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain '"
                                    + authority + "'"
                            : "sudo security remove-trusted-cert -d '" + authority + "'");
            return new Outcome(done, commands, failures);
        }
        nss(authority, nickname, install, done, commands, failures);
        system(authority, install, done, commands, failures);
        return new Outcome(done, commands, failures);
    }

    private void nss(
            Path authority,
            String nickname,
            boolean install,
            List<String> done,
            List<String> commands,
            List<String> failures) {
        List<Path> databases = nssDatabases(install);
        if (!onPath("certutil")) {
            commands.add("sudo apt-get install libnss3-tools   # certutil, then run `wharf trust"
                    + (install ? "" : " --uninstall") + "` again (for Chromium and Firefox)");
            return;
        }
        for (Path database : databases) {
            String store = "sql:" + database;
            List<String> command = install
                    ? List.of("certutil", "-d", store, "-A", "-t", "C,,", "-n", nickname, "-i", authority.toString())
                    : List.of("certutil", "-d", store, "-D", "-n", nickname);
            try {
                if (install && !Files.exists(database.resolve("cert9.db"))) {
                    Files.createDirectories(database);
                    run(List.of("certutil", "-d", store, "-N", "--empty-password"));
                }
                run(command);
                done.add((install ? "Trusted in the NSS database " : "Removed from the NSS database ") + database);
            } catch (IOException e) {
                if (!install && e.getMessage().contains("could not find certificate")) {
                    continue; // not there: nothing to remove
                }
                failures.add(String.join(" ", command) + ": " + e.getMessage());
            }
        }
    }

    /** The user's Chromium database (made if missing when installing) and every Firefox profile's. */
    List<Path> nssDatabases(boolean install) {
        List<Path> databases = new ArrayList<>();
        Path chromium = home.resolve(".pki").resolve("nssdb");
        if (install || Files.exists(chromium.resolve("cert9.db"))) {
            databases.add(chromium);
        }
        for (Path profiles : List.of(
                home.resolve(".mozilla").resolve("firefox"), home.resolve("snap/firefox/common/.mozilla/firefox"))) {
            if (!Files.isDirectory(profiles)) {
                continue;
            }
            try (DirectoryStream<Path> each = Files.newDirectoryStream(profiles)) {
                for (Path profile : each) {
                    if (Files.exists(profile.resolve("cert9.db"))) {
                        databases.add(profile);
                    }
                }
            } catch (IOException e) {
                // an unreadable profile folder: its profiles stay as they are
            }
        }
        return databases;
    }

    private void system(
            Path authority, boolean install, List<String> done, List<String> commands, List<String> failures) {
        if (!onPath("update-ca-certificates")) {
            commands.add("# this system has no update-ca-certificates: add " + authority
                    + " to its trusted authorities by its own means");
            return;
        }
        Path anchor = systemAnchors.resolve("wharf-development-ca.crt");
        if (!root) {
            commands.add(
                    install
                            ? "sudo cp '" + authority + "' " + anchor + " && sudo update-ca-certificates"
                            : "sudo rm -f " + anchor + " && sudo update-ca-certificates --fresh");
            return;
        }
        try {
            if (install) {
                Files.createDirectories(systemAnchors);
                Files.copy(authority, anchor, StandardCopyOption.REPLACE_EXISTING);
                run(List.of("update-ca-certificates"));
            } else {
                Files.deleteIfExists(anchor);
                run(List.of("update-ca-certificates", "--fresh"));
            }
            done.add((install ? "Trusted in the system store " : "Removed from the system store ") + anchor);
        } catch (IOException e) {
            failures.add("update-ca-certificates: " + e.getMessage());
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("did not finish within a minute");
            }
            if (process.exitValue() != 0) {
                throw new IOException("exit " + process.exitValue() + (output.isEmpty() ? "" : ": " + output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted");
        }
    }
}
