package dev.wharf.gui.maven;

import dev.wharf.gui.fx.UiThreads;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Taking a profile's app from a Maven project folder: runs Maven once off the FX thread, shows its
 * progress line by line, then hands the classpath to the form and offers the App classes found.
 */
public final class MavenViewModel {

    private final UiThreads threads;
    private final Consumer<List<String>> classpathTarget;
    private final Consumer<String> appTarget;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ObservableList<String> apps = FXCollections.observableArrayList();

    /**
     * @param classpathTarget  takes the resolved classpath (the form's app_dir)
     * @param appTarget        takes the app chosen (the form's app)
     */
    public MavenViewModel(UiThreads threads, Consumer<List<String>> classpathTarget, Consumer<String> appTarget) {
        this.threads = threads;
        this.classpathTarget = classpathTarget;
        this.appTarget = appTarget;
    }

    public void resolve(Path folder) {
        if (running.get()) {
            return;
        }
        running.set(true);
        apps.clear();
        progress.set("Running Maven in " + folder + " …");
        threads.background().execute(() -> {
            try {
                MavenProject.Resolved resolved =
                        new MavenProject(folder).resolve(line -> threads.fx().execute(() -> progress.set(line)));
                threads.fx().execute(() -> {
                    running.set(false);
                    classpathTarget.accept(resolved.classpath());
                    apps.setAll(resolved.appClasses());
                    progress.set(
                            resolved.appClasses().isEmpty()
                                    ? "Classpath set (" + resolved.classpath().size()
                                            + " entries), but no class implementing App and no static App field was found."
                                    : "Classpath set (" + resolved.classpath().size()
                                            + " entries). Pick the app to serve:");
                    if (resolved.appClasses().size() == 1) {
                        choose(resolved.appClasses().get(0));
                    }
                });
            } catch (MavenException e) {
                threads.fx().execute(() -> {
                    running.set(false);
                    progress.set(e.getMessage());
                });
            }
        });
    }

    public void choose(String app) {
        if (app != null) {
            appTarget.accept(app);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
    /** Maven's last line while it runs; the outcome once it is done. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<String> apps() {
        return apps;
    }
}
