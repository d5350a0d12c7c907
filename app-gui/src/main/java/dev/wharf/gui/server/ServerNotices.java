package dev.wharf.gui.server;

import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.diagnosis.Diagnosis;
import dev.wharf.gui.notices.Notice;
import dev.wharf.gui.notices.NoticesViewModel;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * What the server's failures and results say in the notification area: a failed start with its
 * diagnosis (and "use port N+1" for a busy port), a worker that failed startup or crash-loops, a
 * reload's outcome with each compile error's place as a link that opens the file. Each server owns
 * its notices ({@link #owner()}): with several profiles running, one's start or reload replaces and
 * clears only its own.
 */
final class ServerNotices {

    static final String SERVER = "server";
    static final String RELOAD = "reload";
    private static final AtomicLong SERVERS = new AtomicLong();

    private final NoticesViewModel notices;
    private final String owner = "server-" + SERVERS.incrementAndGet();
    private IntConsumer usePort = port -> {};
    private Consumer<CompileError> openSource = error -> {};
    private Supplier<String> who = () -> "";

    ServerNotices(NoticesViewModel notices) {
        this.notices = notices;
    }

    /** The key this server's notices carry. */
    String owner() {
        return owner;
    }

    /** Posts {@code notice} as this server's. */
    void post(Notice notice) {
        notices.post(notice.ownedBy(owner));
    }

    /** Closes every notice of this server. */
    void clearAll() {
        notices.clearAll(owner);
    }

    void usePortWith(IntConsumer usePort) {
        this.usePort = usePort;
    }

    void openSourceWith(Consumer<CompileError> openSource) {
        this.openSource = openSource;
    }

    /** With several servers in the window, each notice's title starts with its profile's name. */
    void nameWith(Supplier<String> who) {
        this.who = who;
    }

    private String titled(String title) {
        String name = who.get();
        return name == null || name.isEmpty() ? title : name + ": " + title;
    }

    /** @param owner the process listening on a busy port ("pid 42 (python3 -m http.server)"), when it could be found */
    void startFailed(Diagnosis diagnosis, Optional<String> owner) {
        List<Notice.Action> actions = List.of();
        String detail = diagnosis.detail();
        if (diagnosis.busyPort().isPresent()) {
            int next = diagnosis.busyPort().getAsInt() + 1;
            actions = List.of(new Notice.Action("Use port " + next, "use-next-port", () -> usePort.accept(next)));
            detail = owner.map(process -> "The port is in use by " + process + ". ")
                            .orElse("The port is busy: another process listens on it. ")
                    + detail;
        }
        post(Notice.failure(SERVER, titled("The server did not start: " + diagnosis.title()), detail, actions));
    }

    void started() {
        notices.clear(owner, SERVER);
    }

    /** Failures among a batch's events. */
    void accept(List<SupervisorEvent> events) {
        for (SupervisorEvent event : events) {
            switch (event) {
                case SupervisorEvent.ServerFailed e -> {
                    Diagnosis why = Diagnosis.of(e.message(), List.of());
                    post(Notice.failure(SERVER, titled("The server failed: " + why.title()), why.detail(), List.of()));
                }
                case SupervisorEvent.CrashLoop e -> {
                    Diagnosis why = Diagnosis.of(null, e.lastLines());
                    post(Notice.failure(
                            "slot-" + e.slot(),
                            titled("Worker slot " + e.slot() + " failed startup " + e.failures() + " times: "
                                    + why.title()),
                            why.detail(),
                            List.of()));
                }
                case SupervisorEvent.WorkerPhaseChanged e
                when e.phase() == LifespanPhase.FAILED -> {
                    Diagnosis why = Diagnosis.of(e.message(), List.of());
                    post(Notice.failure(
                            "worker-failed",
                            titled("Worker " + e.workerId() + ": " + why.title()),
                            why.detail(),
                            List.of()));
                }
                default -> {}
            }
        }
    }

    void reloaded(ReloadReport report) {
        if (report.outcome() == ReloadReport.Outcome.RELOADED) {
            post(Notice.success(RELOAD, titled(ReloadText.of(report))));
            return;
        }
        List<Notice.Action> links = report.compileErrors().stream()
                .map(error -> new Notice.Action(
                        error.location() + "  " + error.message(), "compile-error", () -> openSource.accept(error)))
                .toList();
        String text = links.isEmpty()
                ? (report.message() == null ? "" : report.message())
                : "Click a place to open the file in your editor (WHARF_EDITOR, $VISUAL or $EDITOR).";
        post(Notice.failure(RELOAD, titled(ReloadText.of(report)), text, List.of())
                .withLinks(links));
    }
}
