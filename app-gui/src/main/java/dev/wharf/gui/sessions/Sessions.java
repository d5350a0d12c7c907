package dev.wharf.gui.sessions;

import dev.wharf.config.Settings;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.notices.NoticesViewModel;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.server.SupervisorFactory;
import dev.wharf.gui.telemetry.TelemetrySource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Every profile's session in this window, by profile file (a save keeps the file, so the running
 * server stays its profile's): made the first time a profile is shown, kept while its profile is,
 * so a profile switched away from keeps serving and keeps its panels. A renamed profile's session
 * follows it to its new file (a running server keeps running, under the new name); a deleted
 * profile's session is closed for good. FX thread only.
 */
public final class Sessions {

    private final Session.Services services;
    private final Consumer<Session> wire;
    private final Map<Path, Session> byFile = new LinkedHashMap<>();
    private final Session none;

    /** @param wire what the window connects to each new session (actions of its notices, its logs' links) */
    public Sessions(
            SupervisorFactory supervisors,
            TelemetrySource telemetry,
            UiThreads threads,
            NoticesViewModel notices,
            Consumer<String> clipboard,
            Consumer<Session> wire) {
        this.services = new Session.Services(supervisors, telemetry, threads, notices, clipboard);
        this.wire = wire;
        this.none = make("");
    }

    /** The session shown while no profile is selected: never started, it keeps the panels empty. */
    public Session none() {
        return none;
    }

    /** {@code profile}'s session, made on first use. */
    public Session of(Profile profile) {
        Session session = byFile.computeIfAbsent(profile.file().toAbsolutePath(), file -> make(profile.name()));
        session.rename(profile.name());
        return session;
    }

    /**
     * {@code from}'s profile is now {@code to} (renamed, so moved to another file): its session, running
     * or not, goes with it, keeping its place in the order, its panels and its notices.
     */
    public void moved(Path from, Profile to) {
        Path before = from.toAbsolutePath();
        Path after = to.file().toAbsolutePath();
        Session session = byFile.get(before);
        if (session == null || before.equals(after)) {
            of(to);
            return;
        }
        Map<Path, Session> reordered = new LinkedHashMap<>();
        byFile.forEach((file, each) -> {
            if (file.equals(before)) {
                reordered.put(after, session);
            } else if (!file.equals(after)) {
                reordered.put(file, each);
            }
        });
        Session stale = byFile.get(after);
        byFile.clear();
        byFile.putAll(reordered);
        session.rename(to.name());
        if (stale != null && stale != session) {
            close(stale);
        }
    }

    /**
     * {@code file}'s profile is deleted: its session goes, its notices close and its (stopped)
     * server is closed for good on the background executor.
     */
    public void forget(Path file) {
        Session session = byFile.remove(file.toAbsolutePath());
        if (session != null) {
            close(session);
        }
    }

    private void close(Session session) {
        session.server().clearNotices();
        services.threads().background().execute(session.server()::shutdown);
    }

    private Session make(String name) {
        Session session = new Session(name, services);
        wire.accept(session);
        return session;
    }

    /** Another active session of this window holding a port {@code settings} would bind, if one does. */
    public Optional<PortClash> clash(Session asking, Settings settings) {
        Set<Integer> wanted = Session.ports(settings);
        for (Session other : byFile.values()) {
            if (other == asking) {
                continue;
            }
            Set<Integer> held = other.ports();
            for (int port : wanted) {
                if (held.contains(port)) {
                    return Optional.of(new PortClash(port, other, nextFree(port)));
                }
            }
        }
        return Optional.empty();
    }

    /** The first port above {@code port} that no session of this window holds. */
    private int nextFree(int port) {
        List<Integer> held = new ArrayList<>();
        byFile.values().forEach(session -> held.addAll(session.ports()));
        int next = port + 1;
        while (held.contains(next) && next < 65_535) {
            next++;
        }
        return next;
    }

    /** The sessions starting or running, in the order their profiles were first shown. */
    public List<Session> active() {
        return byFile.values().stream().filter(Session::active).toList();
    }

    /** Stops every active session gracefully; completes when all their workers have exited. */
    public CompletableFuture<Void> stopAll() {
        return CompletableFuture.allOf(active().stream().map(Session::stop).toArray(CompletableFuture[]::new));
    }

    /** Every session, the empty one too: what the window closes for good as it goes. */
    public List<Session> all() {
        List<Session> all = new ArrayList<>(byFile.values());
        all.add(none);
        return all;
    }
}
