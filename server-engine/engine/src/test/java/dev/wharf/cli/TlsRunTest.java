package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.Commands;
import dev.wharf.testing.TestCertificates;
import dev.wharf.testing.TestCertificates.KeyForm;
import dev.wharf.testing.TestCertificates.ServerFiles;
import dev.wharf.testing.WharfProcess;
import dev.wharf.tls.dev.Certificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code wharf run} with the --ssl-* settings as a user runs it: curl and Python's ssl module as
 * clients, exit code 2 and the file named when a setting cannot be served with.
 */
class TlsRunTest {

    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final String FIELD_APP = "dev.wharf.testapps.ImportTargets:app";

    @TempDir
    Path folder;

    private static WharfProcess serve(String workers, Path key, Path cert) throws Exception {
        return WharfProcess.start(
                "run",
                FIELD_APP,
                "--port",
                "0",
                "--workers",
                workers,
                "--ssl-keyfile",
                key.toString(),
                "--ssl-certfile",
                cert.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void curlGetsTheAppOverHttpsWithTheGivenCertificate(String workers) throws Exception {
        TestCertificates certificates = new TestCertificates(folder);
        ServerFiles files = certificates.serverFiles(TestCertificates.rsaKeyPair(), KeyForm.PKCS1, null);
        try (WharfProcess wharf = serve(workers, files.key(), files.cert())) {
            int port = wharf.awaitPort(STARTUP);
            assertThat(wharf.awaitStderr("Wharf running on", STARTUP)).contains("https://127.0.0.1:" + port);

            String body = Commands.run(
                    "curl",
                    "-sS",
                    "--http1.1",
                    "--cacert",
                    certificates.authorityFile().toString(),
                    "https://localhost:" + port + "/");

            assertThat(body).isEqualTo("from field");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void aMissingKeyFileExitsWith2NamingTheSettingAndTheFile(String workers) throws Exception {
        ServerFiles files = new TestCertificates(folder).serverFiles(Certificates.newKeyPair(), KeyForm.PKCS8, null);
        Path missing = folder.resolve("missing-key.pem");
        try (WharfProcess wharf = serve(workers, missing, files.cert())) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(wharf.stderr()).anyMatch(line -> line.contains("--ssl-keyfile " + missing + ": no such file"));
        }
    }

    @Test
    void sslDevServesACertificatePythonTrustsThroughTheDevAuthority() throws Exception {
        Path data = folder.resolve("data");
        try (WharfProcess wharf = WharfProcess.start(
                null, Map.of("XDG_DATA_HOME", data.toString()), "run", FIELD_APP, "--port", "0", "--ssl-dev")) {
            int port = wharf.awaitPort(STARTUP);
            Path authority = data.resolve("wharf/dev-tls/ca.pem");

            String python = """
                    import ssl, sys, urllib.request
                    context = ssl.create_default_context(cafile=sys.argv[1])
                    with urllib.request.urlopen(sys.argv[2], context=context) as response:
                        print(response.read().decode(), end="")
                    """;
            List<String> command = new ArrayList<>(List.of("python3", "-c", python, authority.toString()));
            command.add("https://localhost:" + port + "/");
            assertThat(Commands.run(command.toArray(String[]::new))).isEqualTo("from field");
            command.set(command.size() - 1, "https://127.0.0.1:" + port + "/");
            assertThat(Commands.run(command.toArray(String[]::new))).isEqualTo("from field");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(data.resolve("wharf/dev-tls/ca-key.pem"))))
                    .isEqualTo("rw-------");
        }
    }
}
