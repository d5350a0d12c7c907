package dev.wharf.benchmarks;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.LoggingOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.config.setting.LogLevel;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.process.Supervisors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What TLS adds to a worker's start as the supervisor starts workers: the hello sample served by
 * one worker over plain HTTP and over HTTPS (the same P-256 certificate), each from a supervisor of
 * its own with reload on so that it keeps a spare JVM. Per round and per mode: the first worker's
 * cold start (spawn to lifespan startup complete: no spare yet), then restarts that adopt the
 * warmed-up spare (adoption to startup complete), each followed by one curl request whose total time
 * (and, over TLS, its handshake) is what the first client of the new worker waits.
 *
 * <pre>java -cp … dev.wharf.benchmarks.TlsWorkerStartBench KEYFILE CERTFILE [--rounds N] [--restarts N]</pre>
 */
public final class TlsWorkerStartBench {

    private List<Duration> starts = List.of();

    /** One measurement: the mode, whether the worker was an adopted spare, its start and the first request. */
    private record Sample(String mode, boolean spare, long startMillis, double requestMillis, double handshakeMillis) {}

    public static void main(String[] args) throws Exception {
        Path keyfile = Path.of(args[0]);
        Path certfile = Path.of(args[1]);
        int rounds = 3;
        int restarts = 3;
        for (int i = 2; i < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--restarts" -> restarts = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path watched = Files.createTempDirectory("wharf-tls-start-bench");
        Settings plain = Settings.defaults()
                .with(AppOptions.APP, "hello")
                .with(ServerOptions.PORT, 0)
                .with(LoggingOptions.ACCESS_LOG, false)
                .with(LoggingOptions.LOG_LEVEL, LogLevel.WARNING)
                .with(ReloadOptions.RELOAD, true)
                .with(ReloadOptions.RELOAD_DIRS, List.of(watched.toString()));
        Settings tls = plain.with(TlsOptions.SSL_KEYFILE, keyfile).with(TlsOptions.SSL_CERTFILE, certfile);
        List<Sample> samples = new ArrayList<>();
        try {
            // Unreported: the workers' start-up cache is recorded and assembled on the first runs.
            new TlsWorkerStartBench().run("plain", plain, 1, 0);
            new TlsWorkerStartBench().run("tls", tls, 1, 0);
            for (int round = 1; round <= rounds; round++) {
                samples.addAll(new TlsWorkerStartBench().run("plain", plain, restarts, round));
                samples.addAll(new TlsWorkerStartBench().run("tls", tls, restarts, round));
            }
        } finally {
            Files.deleteIfExists(watched);
        }
        report(samples);
    }

    private List<Sample> run(String mode, Settings settings, int restarts, int round) throws Exception {
        Supervisor supervisor = Supervisors.create(settings);
        starts = WorkerStarts.of(supervisor, workerId -> {}).all();
        List<Sample> samples = new ArrayList<>();
        try {
            supervisor.start();
            awaitStarts(1);
            samples.add(sample(mode, false, supervisor));
            for (int i = 0; i < restarts; i++) {
                // The spare starts a few seconds after a roll, then warms up: give it the time a user's edit would.
                Thread.sleep(8_000);
                if (!supervisor.restart().get(60, TimeUnit.SECONDS).rolled()) {
                    throw new IllegalStateException("a restart failed");
                }
                awaitStarts(i + 2);
                samples.add(sample(mode, true, supervisor));
            }
        } finally {
            supervisor.stop().get(60, TimeUnit.SECONDS);
            supervisor.close();
        }
        for (Sample s : samples) {
            System.err.printf(
                    "round %d  %-5s %-6s start %5d ms   first request %7.1f ms   handshake %6.1f ms%n",
                    round, mode, s.spare() ? "spare" : "cold", s.startMillis(), s.requestMillis(), s.handshakeMillis());
        }
        return samples;
    }

    private Sample sample(String mode, boolean spare, Supervisor supervisor) throws Exception {
        long start = starts.getLast().toMillis();
        double[] request = curl(supervisor.snapshot().address() + "/");
        return new Sample(mode, spare, start, request[0], request[1]);
    }

    private void awaitStarts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (starts.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the worker did not start");
            }
            Thread.sleep(5);
        }
    }

    /** One request with curl: its total time and its TLS handshake (appconnect − connect), in ms. */
    private static double[] curl(String url) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "curl",
                        "-sk",
                        "--http1.1",
                        "-o",
                        "/dev/null",
                        "-w",
                        "%{time_connect} %{time_appconnect} %{time_total}",
                        url)
                .redirectErrorStream(true)
                .start();
        String[] out =
                new String(process.getInputStream().readAllBytes()).strip().split(" ");
        process.waitFor();
        double connect = Double.parseDouble(out[0]);
        double appconnect = Double.parseDouble(out[1]);
        double total = Double.parseDouble(out[2]);
        return new double[] {total * 1000, appconnect > 0 ? (appconnect - connect) * 1000 : 0};
    }

    private static void report(List<Sample> samples) {
        System.out.printf(
                "%n%-26s %12s %12s %14s %12s%n", "(medians)", "starts", "start ms", "1st request ms", "handshake ms");
        for (boolean spare : new boolean[] {false, true}) {
            for (String mode : List.of("plain", "tls")) {
                List<Sample> of = samples.stream()
                        .filter(s -> s.mode().equals(mode) && s.spare() == spare)
                        .toList();
                System.out.printf(
                        "%-26s %12d %12.0f %14.1f %12.1f%n",
                        mode + (spare ? ", adopted spare" : ", cold worker"),
                        of.size(),
                        median(of.stream().map(s -> (double) s.startMillis()).toList()),
                        median(of.stream().map(Sample::requestMillis).toList()),
                        median(of.stream().map(Sample::handshakeMillis).toList()));
            }
        }
        for (boolean spare : new boolean[] {false, true}) {
            double plainStart = median(pick(samples, "plain", spare, true));
            double tlsStart = median(pick(samples, "tls", spare, true));
            double plainRequest = median(pick(samples, "plain", spare, false));
            double tlsRequest = median(pick(samples, "tls", spare, false));
            System.out.printf(
                    "TLS adds, %s: %.0f ms to the start, %.1f ms to the first request: %.0f ms in all%n",
                    spare ? "adopted spare" : "cold worker",
                    tlsStart - plainStart,
                    tlsRequest - plainRequest,
                    tlsStart - plainStart + tlsRequest - plainRequest);
        }
    }

    private static List<Double> pick(List<Sample> samples, String mode, boolean spare, boolean start) {
        return samples.stream()
                .filter(s -> s.mode().equals(mode) && s.spare() == spare)
                .map(s -> start ? (double) s.startMillis() : s.requestMillis())
                .toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
