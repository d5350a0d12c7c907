package dev.wharf.gui.maven;

import dev.wharf.config.catalog.AppOptions;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.settings.SettingsFormViewModel;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Taking a profile's app from a Maven project folder: runs Maven once off the FX thread, shows its
 * progress line by line, then puts the classpath in the form and offers the apps found; choosing
 * one sets the app, its interface and its servlet init parameters.
 */
public final class MavenViewModel {

    private final UiThreads threads;
    private final SettingsFormViewModel form;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObservableList<FoundApp> apps = FXCollections.observableArrayList();

    /** @param form takes the classpath (app_dir) and the app chosen (app, interface, servlet_init_params) */
    public MavenViewModel(UiThreads threads, SettingsFormViewModel form) {
        this.threads = threads;
        this.form = form;
    }

    public void resolve(Path folder) {
        if (running.get()) {
            return;
        }
        running.set(true);
        apps.clear();
        problem.set(null);
        progress.set("Running Maven in " + folder + " …");
        threads.background().execute(() -> {
            try {
                MavenProject.Resolved resolved =
                        new MavenProject(folder).resolve(line -> threads.fx().execute(() -> progress.set(line)));
                threads.fx().execute(() -> show(resolved));
            } catch (MavenException e) {
                threads.fx().execute(() -> {
                    running.set(false);
                    progress.set(e.getMessage());
                });
            }
        });
    }

    /** What resolving gave: the classpath into the form, the apps offered, and one found alone chosen. */
    void show(MavenProject.Resolved resolved) {
        running.set(false);
        form.field(AppOptions.APP_DIR).textProperty().set(String.join(File.pathSeparator, resolved.classpath()));
        apps.setAll(resolved.apps());
        String entries = "Classpath set (" + resolved.classpath().size() + " entries)";
        progress.set(
                resolved.apps().isEmpty()
                        ? entries + ", but no ASGI app, servlet or JAX-RS application was found in its classes."
                        : entries + ". Pick the app to serve:");
        if (resolved.apps().size() == 1) {
            choose(resolved.apps().get(0));
        }
    }

    /** Sets the form to serve {@code app}; one the project cannot serve yet only says what it lacks. */
    public void choose(FoundApp app) {
        if (app == null) {
            return;
        }
        problem.set(app.missing());
        if (!app.usable()) {
            return;
        }
        form.field(AppOptions.APP).show(app.app());
        form.field(AppOptions.INTERFACE).show(app.appInterface());
        form.field(AppOptions.SERVLET_INIT_PARAMS).show(app.servletInitParams());
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
    /** Maven's last line while it runs; the outcome once it is done. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the project lacks to serve the app chosen, or {@code null}. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<FoundApp> apps() {
        return apps;
    }
}
