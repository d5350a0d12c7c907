package dev.wharf.gui.export;

import dev.wharf.cli.Main;
import dev.wharf.gui.fx.UiThreads;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Export… for one profile: the target, the folder the user picked, the image Kubernetes needs, and
 * what {@code wharf export} printed (each file written, or the production lint's refusals). The
 * export reads the profile's saved file, as the command line does.
 */
public final class ExportViewModel {

    private final Path profile;
    private final UiThreads threads;
    private final ObjectProperty<ExportTarget> target =
            new SimpleObjectProperty<>(this, "target", ExportTarget.SYSTEMD);
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final StringProperty image = new SimpleStringProperty(this, "image", "");
    private final BooleanProperty force = new SimpleBooleanProperty(this, "force");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper written = new ReadOnlyBooleanWrapper(this, "written");

    /** @param profile the profile's file, as saved */
    public ExportViewModel(Path profile, UiThreads threads) {
        this.profile = profile;
        this.threads = threads;
        for (Observable input : List.of(target, folder, image)) {
            input.addListener(o -> problem.set(problemOf().orElse("")));
        }
        problem.set(problemOf().orElse(""));
    }

    /** The {@code wharf} arguments the export runs with. */
    public List<String> arguments() {
        List<String> args = new ArrayList<>(List.of(
                "export",
                target.get().command(),
                "--profile",
                profile.toString(),
                "-o",
                folder.get().strip()));
        if (target.get() == ExportTarget.KUBERNETES) {
            args.addAll(List.of("--image", image.get().strip()));
        }
        if (force.get()) {
            args.add("--force");
        }
        return args;
    }

    /**
     * Writes the files off the FX thread; completes with {@code wharf export}'s exit code (0 written,
     * 2 refused or bad input) once {@link #outputProperty()} shows what it printed.
     */
    public CompletableFuture<Integer> export() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        if (!problem.get().isEmpty() || running.get()) {
            done.complete(2);
            return done;
        }
        List<String> args = arguments();
        running.set(true);
        written.set(false);
        output.set("");
        threads.background().execute(() -> {
            StringWriter text = new StringWriter();
            int code;
            try (PrintWriter out = new PrintWriter(text, true)) {
                code = Main.execute(out, out, args.toArray(String[]::new));
            } catch (RuntimeException e) {
                text.append("Export failed: ").append(e.toString());
                code = 1;
            }
            int exit = code;
            threads.fx().execute(() -> {
                output.set(text.toString().strip());
                written.set(exit == 0);
                running.set(false);
                done.complete(exit);
            });
        });
        return done;
    }

    private Optional<String> problemOf() {
        if (folder.get() == null || folder.get().isBlank()) {
            return Optional.of("Choose the folder to write the files to.");
        }
        if (target.get() == ExportTarget.KUBERNETES
                && (image.get() == null || image.get().isBlank())) {
            return Optional.of("Give the container image with Wharf and the app (for example registry/app:1.0).");
        }
        return Optional.empty();
    }

    public Path profile() {
        return profile;
    }

    public ObjectProperty<ExportTarget> targetProperty() {
        return target;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty imageProperty() {
        return image;
    }

    /** Write despite the production lint's refusals (they are printed as warnings). */
    public BooleanProperty forceProperty() {
        return force;
    }

    /** Why the export cannot run yet, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the export printed: the files written, or why nothing was. */
    public ReadOnlyStringProperty outputProperty() {
        return output.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether the last export wrote its files. */
    public ReadOnlyBooleanProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
