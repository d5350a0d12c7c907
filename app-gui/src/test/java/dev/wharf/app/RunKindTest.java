package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Which start-up cache {@code ./wharf run} maps ({@code scripts/lib/run-kind.sh}): one per way a
 * run loads its classes, told from the command line and the WHARF_* variables as {@code wharf run}
 * reads them.
 */
class RunKindTest {

    private static final Path ROOT =
            Path.of(System.getProperty("wharf.root", "..")).toAbsolutePath().normalize();

    private static String kind(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("bash", "-c", ". scripts/lib/run-kind.sh && wharf_run_kind \"$@\"", "wharf", "run", "hello"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("WHARF_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }

    private static String kind(String... args) throws Exception {
        return kind(Map.of(), args);
    }

    @Test
    void aRunServingInItsOwnJvmOverPlainHttpIsARun() throws Exception {
        assertThat(kind()).isEqualTo("run");
        assertThat(kind("--workers", "1", "--port", "8000", "--no-reload")).isEqualTo("run");
    }

    @Test
    void tlsFromAFlagOrTheEnvironmentHasACacheOfItsOwn() throws Exception {
        assertThat(kind("--ssl-dev")).isEqualTo("run-tls");
        assertThat(kind("--ssl-keyfile", "key.pem", "--ssl-certfile", "cert.pem"))
                .isEqualTo("run-tls");
        assertThat(kind("--ssl-certfile=both.pem")).isEqualTo("run-tls");
        assertThat(kind(Map.of("WHARF_SSL_DEV", "yes"))).isEqualTo("run-tls");
        assertThat(kind(Map.of("WHARF_SSL_DEV", "true"), "--no-ssl-dev"))
                .as("the flag wins")
                .isEqualTo("run");
    }

    @Test
    void whatMakesARunSuperviseWorkerProcessesMakesItASupervisorsRun() throws Exception {
        assertThat(kind("--workers", "2")).isEqualTo("run-supervisor");
        assertThat(kind("--workers=4")).isEqualTo("run-supervisor");
        assertThat(kind("--reload")).isEqualTo("run-supervisor");
        assertThat(kind("--metrics-port", "9100")).isEqualTo("run-supervisor");
        assertThat(kind("--env-file=.env")).isEqualTo("run-supervisor");
        assertThat(kind(Map.of("WHARF_WORKERS", "3"))).isEqualTo("run-supervisor");
        assertThat(kind(Map.of("WHARF_RELOAD", "1"), "--ssl-dev")).isEqualTo("run-supervisor-tls");
        assertThat(kind("--workers", "4", "--workers", "1"))
                .as("the last flag wins")
                .isEqualTo("run");
        assertThat(kind(Map.of("WHARF_WORKERS", "3"), "--workers", "1")).isEqualTo("run");
    }
}
