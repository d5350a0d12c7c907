package dev.wharf.metrics;

import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorEvent;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;

/**
 * {@code wharf_reloads_total}: the reloads the supervisor ran since the metrics started, by how they
 * ended ({@code reloaded}, {@code compile_failed}, {@code startup_failed}) and what they did
 * ({@code swapped} classes into the workers, {@code rolled} a new generation, or {@code none}). Counted
 * from the supervisor's events as they happen: a snapshot keeps only the last reload.
 */
final class ReloadMetrics implements AutoCloseable {

    private final Counter reloads;
    private final AutoCloseable subscription;

    ReloadMetrics(Supervisor supervisor, PrometheusRegistry registry) {
        reloads = Counter.builder()
                .name("wharf_reloads")
                .help("Reloads since the supervisor started, by outcome and by what the reload did")
                .labelNames("outcome", "decision")
                .register(registry);
        // Zero before the first reload, so a rate() over the series has a start.
        reloads.initLabelValues(label(ReloadReport.Outcome.RELOADED), label(ReloadDecision.Kind.SWAPPED));
        reloads.initLabelValues(label(ReloadReport.Outcome.RELOADED), label(ReloadDecision.Kind.ROLLED));
        subscription = supervisor.subscribe(event -> {
            if (event instanceof SupervisorEvent.Reloaded reloaded) {
                ReloadReport report = reloaded.report();
                reloads.labelValues(
                                label(report.outcome()), label(report.decision().kind()))
                        .inc();
            }
        });
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
