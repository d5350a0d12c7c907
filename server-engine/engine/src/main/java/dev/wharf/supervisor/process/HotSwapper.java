package dev.wharf.supervisor.process;

import dev.wharf.control.ControlMessage;
import dev.wharf.control.LifespanPhase;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.reload.Reloader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Hot swap on the supervisor's side: sends a reload's changed classes to every worker of the
 * serving generation and gathers their answers. It swaps only into a generation that serves
 * steadily (none rolling in, every worker started), and says why not otherwise; any worker that
 * refuses, or does not answer in time, makes it a refusal, after which the reloader rolls a new
 * generation, so that no mix of versions keeps serving.
 *
 * <p>Threads: the supervisor's thread only ({@link SupervisorLoop}).
 */
final class HotSwapper {

    /** A worker redefines in milliseconds; one that takes this long is wedged or gone. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private final SupervisorLoop loop;
    private final ServerRun run;
    private final WorkerTable workers;
    private final Map<Long, Swap> inFlight = new HashMap<>();
    private long nextSeq = 1;

    /** One swap waiting for its workers. */
    private final class Swap {
        final long seq;
        final long begunNanos = System.nanoTime();
        final Set<Integer> waitingFor = new LinkedHashSet<>();
        final List<ReloadDecision.WorkerSwap> answers = new ArrayList<>();
        final List<Path> prefix;
        final CompletableFuture<Reloader.SwapOutcome> done = new CompletableFuture<>();

        Swap(long seq, List<Path> prefix) {
            this.seq = seq;
            this.prefix = prefix;
        }

        void refuse(String why) {
            inFlight.remove(seq);
            done.complete(new Reloader.SwapOutcome(why, answers, elapsed()));
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - begunNanos);
        }
    }

    HotSwapper(SupervisorLoop loop, ServerRun run, WorkerTable workers) {
        this.loop = loop;
        this.run = run;
        this.workers = workers;
    }

    /** From any thread: swaps {@code classes} into the serving generation, or says why not. */
    CompletableFuture<Reloader.SwapOutcome> swap(Map<String, byte[]> classes, List<Path> prefix) {
        return loop.callUnchecked(() -> swapOnLoop(classes, prefix));
    }

    private CompletableFuture<Reloader.SwapOutcome> swapOnLoop(Map<String, byte[]> classes, List<Path> prefix) {
        String notNow = notSteady();
        if (notNow != null) {
            return CompletableFuture.completedFuture(new Reloader.SwapOutcome(notNow, List.of(), Duration.ZERO));
        }
        Swap swap = new Swap(nextSeq++, List.copyOf(prefix));
        if (classes.isEmpty()) {
            run.swapped(swap.prefix);
            swap.done.complete(new Reloader.SwapOutcome(null, List.of(), Duration.ZERO));
            return swap.done;
        }
        inFlight.put(swap.seq, swap);
        for (WorkerHandle worker : workers.aliveOf(run.generation())) {
            swap.waitingFor.add(worker.id);
            worker.send(new ControlMessage.Redefine(swap.seq, classes));
        }
        loop.schedule(ANSWER_WITHIN, () -> {
            if (inFlight.containsKey(swap.seq)) {
                swap.refuse("worker " + swap.waitingFor.iterator().next() + " did not answer the swap within "
                        + ANSWER_WITHIN.toSeconds() + " s");
            }
        });
        return swap.done;
    }

    /** Why the serving generation cannot take a swap now, or null. */
    private String notSteady() {
        if (run.status() != ServerStatus.RUNNING || run.roll() != null) {
            return "a new generation is rolling in";
        }
        List<WorkerHandle> serving = workers.aliveOf(run.generation());
        if (serving.isEmpty()) {
            return "no worker serves";
        }
        for (WorkerHandle worker : serving) {
            if (worker.phase() != LifespanPhase.STARTED || worker.control() == null) {
                return "worker " + worker.id + " has not started yet";
            }
        }
        return null;
    }

    /** A worker's answer to a swap. */
    void answered(WorkerHandle worker, ControlMessage.Redefined answer) {
        Swap swap = inFlight.get(answer.seq());
        if (swap == null || !swap.waitingFor.remove(worker.id)) {
            return;
        }
        if (answer.refusal() != null) {
            swap.refuse("worker " + worker.id + " refused the new classes: " + answer.refusal());
            return;
        }
        swap.answers.add(new ReloadDecision.WorkerSwap(
                worker.id,
                worker.pid(),
                Duration.ofNanos(answer.micros() * 1_000),
                answer.redefined().size()));
        if (swap.waitingFor.isEmpty()) {
            inFlight.remove(swap.seq);
            // Workers that replace one of this generation now start with the swapped classes.
            run.swapped(swap.prefix);
            swap.done.complete(new Reloader.SwapOutcome(null, swap.answers, swap.elapsed()));
        }
    }

    /** A worker's process ended: a swap waiting for it cannot be whole. */
    void exited(WorkerHandle worker) {
        for (Swap swap : List.copyOf(inFlight.values())) {
            if (swap.waitingFor.contains(worker.id)) {
                swap.refuse("worker " + worker.id + " exited during the swap");
            }
        }
    }
}
