package dev.wharf.benchmarks;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.LoggingOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.setting.LogLevel;
import dev.wharf.control.LifespanPhase;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.WorkerInfo;
import dev.wharf.supervisor.process.Supervisors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The supervisor's figures, measured on real worker processes serving the hello sample:
 * worker cold start (from spawning the process to its lifespan startup complete), idle resident
 * memory per worker, and requests/s with one worker and with two (wrk, when installed).
 *
 * <pre>java -cp … dev.wharf.benchmarks.SupervisorBench [--starts N] [--duration SECONDS] [--connections N]</pre>
 */
public final class SupervisorBench {

    private final Supervisor supervisor;
    private final List<Duration> coldStarts;
    /** CPU time each worker used to start: what the start costs whatever else the machine is doing. */
    private final List<Duration> startCpu = new CopyOnWriteArrayList<>();

    private SupervisorBench(Settings settings) {
        supervisor = Supervisors.create(settings);
        coldStarts = WorkerStarts.of(
                        supervisor,
                        workerId -> supervisor.snapshot().workers().stream()
                                .filter(w -> w.id() == workerId)
                                .findFirst()
                                .flatMap(w -> ProcessHandle.of(w.pid()))
                                .flatMap(h -> h.info().totalCpuDuration())
                                .ifPresent(startCpu::add))
                .all();
    }

    public static void main(String[] args) throws Exception {
        int starts = 10;
        int seconds = 10;
        int connections = 64;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--starts" -> starts = Integer.parseInt(args[i + 1]);
                case "--duration" -> seconds = Integer.parseInt(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Settings settings = Settings.defaults()
                .with(AppOptions.APP, "hello")
                .with(ServerOptions.PORT, 0)
                .with(LoggingOptions.ACCESS_LOG, false)
                .with(LoggingOptions.LOG_LEVEL, LogLevel.WARNING);
        SupervisorBench bench = new SupervisorBench(settings);
        try {
            bench.run(starts, seconds, connections);
        } finally {
            bench.supervisor.stop().get(60, TimeUnit.SECONDS);
            bench.supervisor.close();
        }
    }

    private void run(int starts, int seconds, int connections) throws Exception {
        supervisor.start();
        awaitStarted(1);
        // The first start of all may have had no class-data archive yet; restarts measure the steady case.
        coldStarts.clear();
        startCpu.clear();
        for (int i = 0; i < starts; i++) {
            if (!supervisor.restart().get(60, TimeUnit.SECONDS).rolled()) {
                throw new IllegalStateException("a restart failed");
            }
            awaitStarted(1);
        }
        List<Long> millis = coldStarts.stream().map(Duration::toMillis).sorted().toList();
        System.out.printf(
                "worker cold start (spawn → startup complete), %d starts: median %d ms, min %d ms, max %d ms%n",
                millis.size(), median(millis), millis.get(0), millis.get(millis.size() - 1));
        List<Long> cpu = startCpu.stream().map(Duration::toMillis).sorted().toList();
        if (!cpu.isEmpty()) {
            System.out.printf("worker CPU time to start: median %d ms (user + system, all threads)%n", median(cpu));
        }

        telemetryLatency();

        Thread.sleep(3_000);
        System.out.printf(
                "idle worker: RSS %.1f MB, heap used %.1f MB%n",
                mb(worker().stats().rss()), mb(worker().stats().heapUsed()));

        String url = supervisor.snapshot().address() + "/";
        double one = wrk(url, seconds, connections);
        supervisor.scale(2);
        awaitStarted(2);
        double two = wrk(url, seconds, connections);
        if (one > 0 && two > 0) {
            System.out.printf(
                    "requests/s: 1 worker %.0f, 2 workers %.0f (%.2f x) on %d cores, wrk on the same machine%n",
                    one, two, two / one, Runtime.getRuntime().availableProcessors());
        }
        Thread.sleep(3_000);
        for (WorkerInfo w : supervisor.snapshot().workers()) {
            System.out.printf(
                    "after load, worker %d: RSS %.1f MB%n", w.id(), mb(w.stats().rss()));
        }
    }

    /**
     * From a change in a worker (a request it has just answered) to the supervisor's model showing
     * it: the worker samples every 250 ms, so the median is about half of that plus the hop.
     */
    private void telemetryLatency() throws Exception {
        List<Long> micros = new ArrayList<>();
        String address = supervisor.snapshot().address();
        URI uri = URI.create(address + "/");
        for (int i = 0; i < 30; i++) {
            long before = worker().stats().totalRequests();
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes());
                socket.getInputStream().readAllBytes();
            }
            long answered = System.nanoTime();
            while (worker().stats().totalRequests() == before) {
                Thread.onSpinWait();
            }
            micros.add((System.nanoTime() - answered) / 1_000);
            Thread.sleep(97 + i * 7 % 150);
        }
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf(
                "telemetry latency (a worker's change → the supervisor's model), 30 changes: median %d ms, max %d ms%n",
                median(sorted) / 1000, sorted.get(sorted.size() - 1) / 1000);
    }

    private WorkerInfo worker() {
        return supervisor.snapshot().workers().stream()
                .filter(w -> w.phase() == LifespanPhase.STARTED)
                .findFirst()
                .orElseThrow();
    }

    private void awaitStarted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (supervisor.snapshot().workers().stream()
                                .filter(w -> w.phase() == LifespanPhase.STARTED)
                                .count()
                        != count
                || supervisor.snapshot().workers().size() != count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("workers did not start: " + supervisor.snapshot());
            }
            Thread.sleep(20);
        }
    }

    /** Runs wrk (if installed) with a warm-up, and returns its requests/s, or -1. */
    private static double wrk(String url, int seconds, int connections) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", url));
        try {
            new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d3s", url)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            System.out.println("wrk is not installed: no requests/s figures (apt-get install wrk)");
            return -1;
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double rps = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("Requests/sec:")) {
                    rps = Double.parseDouble(
                            line.substring("Requests/sec:".length()).strip());
                }
            }
        }
        process.waitFor();
        return rps;
    }

    private static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
