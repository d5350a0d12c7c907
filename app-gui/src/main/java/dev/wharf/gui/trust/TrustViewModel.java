package dev.wharf.gui.trust;

import dev.wharf.gui.fx.UiThreads;
import dev.wharf.supervisor.DevTrust;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's {@code wharf trust}: installs the development authority of {@code --ssl-dev} where this
 * machine's browsers look, or removes it, off the FX thread (certutil and update-ca-certificates take
 * a while), then says what was done where, the exact commands left for the user (what needs sudo or
 * another system), and what failed.
 */
public final class TrustViewModel {

    /** How the last action ended. */
    public enum Result {
        /** Nothing asked yet. */
        NONE,
        /** Everything done: trusted, or removed. */
        DONE,
        /** Done where Wharf could; the user has commands to run. */
        COMMANDS_LEFT,
        /** Something failed. */
        FAILED
    }

    private final DevTrust trust;
    private final UiThreads threads;
    private final Consumer<String> clipboard;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result", Result.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper commands = new ReadOnlyStringWrapper(this, "commands", "");
    private final ReadOnlyStringWrapper failures = new ReadOnlyStringWrapper(this, "failures", "");

    /** @param clipboard takes the commands left to run, for the Copy button */
    public TrustViewModel(DevTrust trust, UiThreads threads, Consumer<String> clipboard) {
        this.trust = trust;
        this.threads = threads;
        this.clipboard = clipboard;
    }

    /** Installs the authority (making it first when there is none yet). */
    public void install() {
        run(true);
    }

    /** Takes the authority out of where {@link #install()} put it. */
    public void uninstall() {
        run(false);
    }

    /** Puts the commands left to run on the clipboard. */
    public void copyCommands() {
        if (!commands.get().isEmpty()) {
            clipboard.accept(commands.get());
        }
    }

    private void run(boolean installing) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        title.set(installing ? "Installing the development authority…" : "Removing the development authority…");
        threads.background().execute(() -> {
            DevTrust.Outcome outcome;
            try {
                outcome = installing ? trust.install() : trust.uninstall();
            } catch (RuntimeException e) {
                // A bug's exception shown as a failure, rather than a button that stays busy for good.
                outcome =
                        new DevTrust.Outcome("The development authority", List.of(), List.of(), List.of(e.toString()));
            }
            DevTrust.Outcome shown = outcome;
            threads.fx().execute(() -> show(shown, installing));
        });
    }

    private void show(DevTrust.Outcome outcome, boolean installing) {
        busy.set(false);
        commands.set(String.join("\n", outcome.commands()));
        failures.set(String.join("\n", outcome.failures()));
        StringBuilder text = new StringBuilder(outcome.headline());
        outcome.done().forEach(line -> text.append('\n').append(line));
        if (outcome.failed()) {
            result.set(Result.FAILED);
            title.set(installing ? "Could not trust the development certificate" : "Could not remove the trust");
        } else if (!outcome.commands().isEmpty()) {
            result.set(Result.COMMANDS_LEFT);
            title.set(
                    installing
                            ? "Trusted where Wharf could: run the commands below to finish"
                            : "Removed where Wharf could: run the commands below to finish");
        } else {
            result.set(Result.DONE);
            title.set(installing ? "This machine's browsers trust --ssl-dev's certificates" : "Trust removed");
        }
        if (installing && !outcome.failed()) {
            text.append("\nRestart the browser for it to read the change.");
        }
        detail.set(text.toString());
    }

    /** Whether an install or removal is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** What happened, in one line. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Which authority (its file), then each store changed, one a line. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The exact commands left for the user, one a line; empty when none. */
    public ReadOnlyStringProperty commandsProperty() {
        return commands.getReadOnlyProperty();
    }

    /** What failed, with its output, one a line; empty when nothing did. */
    public ReadOnlyStringProperty failuresProperty() {
        return failures.getReadOnlyProperty();
    }
}
