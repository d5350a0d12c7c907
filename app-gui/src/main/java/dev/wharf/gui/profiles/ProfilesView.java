package dev.wharf.gui.profiles;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.gui.export.ExportDialog;
import dev.wharf.gui.export.ExportViewModel;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.supervisor.ServerStatus;
import java.io.File;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Subscription;

/**
 * The profiles sidebar: the list, each profile with its server's state chip, New / Open… and a menu
 * for duplicate, rename and delete, and the files that could not be read. Several profiles may run
 * at once, so switching is always open. A running profile renamed keeps serving under its new name;
 * deleting one asks, then stops its server before its file goes. Neither waits on a server that is
 * starting or stopping: they are disabled until it has.
 */
public final class ProfilesView extends VBox {

    /** What the sidebar's Delete does to the selected profile's server. */
    public interface Deleting {
        /** Whether the selected profile's server runs (deleting it stops it first). */
        boolean runs();

        /** Deletes the selected profile, stopping its server first. */
        void delete();
    }

    /**
     * @param busy     whether the selected profile's server is starting or stopping
     * @param deleting how the selected profile is deleted
     * @param statusOf each profile's server state, live
     * @param servingAt where each profile's server serves while it runs ({@code null} or blank while it does not), live
     */
    public ProfilesView(
            ProfilesViewModel model,
            ObservableValue<Boolean> busy,
            Deleting deleting,
            Function<Profile, ObservableValue<ServerStatus>> statusOf,
            Function<Profile, ObservableValue<String>> servingAt) {
        getStyleClass().add("sidebar");
        setPrefWidth(220);
        setMinWidth(180);

        Label title = new Label("PROFILES");
        title.getStyleClass().add("section-title");

        ListView<Profile> list = new ListView<>(model.profiles());
        list.setId("profiles");
        list.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(view -> new ProfileCell(statusOf, servingAt));
        list.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                // Leaving may ask first (unsaved edits): after this selection change, not inside it; a
                // cancelled switch puts the list's selection back on the profile the form shows.
                Platform.runLater(() -> {
                    // A save replaces the profile's item in the list, and the list briefly selects its
                    // neighbour: a selection the list has already left is not the user's choice.
                    if (list.getSelectionModel().getSelectedItem() != now) {
                        return;
                    }
                    model.select(now);
                    if (list.getSelectionModel().getSelectedItem()
                            != model.selectedProperty().get()) {
                        list.getSelectionModel().select(model.selectedProperty().get());
                    }
                });
            }
        });
        model.selectedProperty()
                .addListener((o, before, now) -> list.getSelectionModel().select(now));

        Button create = new Button("New");
        create.setId("profile-new");
        create.setOnAction(e -> {
            NewProfileDialog dialog = new NewProfileDialog(
                    new NewProfileViewModel(Runtime.getRuntime().availableProcessors()));
            dialog.initOwner(getScene().getWindow());
            dialog.showAndWait()
                    .ifPresent(request -> model.create(request.name(), request.settings(), request.stated()));
        });
        Button open = new Button("Open…");
        open.setId("profile-open");
        open.setTooltip(new Tooltip("Open a project's wharf.json"));
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a project's wharf.json");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Wharf profiles", "*.json"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.open(file.toPath());
            }
        });
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(e -> model.duplicate());
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> {
            Profile selected = model.selectedProperty().get();
            if (selected != null) {
                ask("Rename profile", "New name for " + selected.name() + ":", selected.name())
                        .ifPresent(model::rename);
            }
        });
        MenuItem delete = new MenuItem("Delete…");
        delete.setOnAction(e -> {
            Profile selected = model.selectedProperty().get();
            if (selected == null) {
                return;
            }
            String what = selected.external()
                    ? "It is removed from the list; " + selected.file() + " stays on disk."
                    : "Its file " + selected.file().getFileName() + " is deleted.";
            boolean runs = deleting.runs();
            if (runs
                    ? confirm(
                            "Stop " + selected.name() + "'s server and delete the profile?",
                            "Its server is running: the workers drain and exit first. " + what,
                            "Stop and delete")
                    : confirm("Delete " + selected.name() + "?", what, null)) {
                deleting.delete();
            }
        });
        MenuItem export = new MenuItem("Export…");
        export.setId("profile-export");
        export.setOnAction(e -> {
            Profile selected = model.selectedProperty().get();
            if (selected != null) {
                ExportDialog dialog =
                        new ExportDialog(new ExportViewModel(selected.file(), UiThreads.javaFx()), selected.name());
                dialog.initOwner(getScene().getWindow());
                dialog.show();
            }
        });
        MenuButton more = new MenuButton("More", null, duplicate, rename, delete, export);
        more.setId("profile-more");
        BooleanSupplier none = () -> model.selectedProperty().get() == null;
        more.setOnShowing(e -> {
            boolean changing = Boolean.TRUE.equals(busy.getValue());
            duplicate.setDisable(none.getAsBoolean());
            rename.setDisable(none.getAsBoolean() || changing);
            delete.setDisable(none.getAsBoolean() || changing);
            export.setDisable(none.getAsBoolean());
        });
        for (var button : new ButtonBase[] {create, open, more}) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
        }
        HBox actions = new HBox(4, create, open, more);

        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        VBox problems = new VBox(6);
        model.problems().addListener((ListChangeListener<String>) change -> showProblems(problems, model));
        showProblems(problems, model);
        getChildren().addAll(title, list, actions, message, problems);
    }

    private static void showProblems(VBox box, ProfilesViewModel model) {
        box.getChildren().clear();
        for (String problem : model.problems()) {
            Message note = new Message("A profile could not be read", problem);
            note.getStyleClass().add(Styles.WARNING);
            note.setId("profile-problem");
            box.getChildren().add(note);
        }
    }

    private Optional<String> ask(String title, String question, String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        return dialog.showAndWait();
    }

    /** @param yes the confirming button's label, or {@code null} for OK */
    private boolean confirm(String title, String text, String yes) {
        ButtonType ok = yes == null ? ButtonType.OK : new ButtonType(yes, ButtonType.OK.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText(title);
        alert.getDialogPane().setId("delete-profile");
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /**
     * What it serves and where: "lifecycle-lab · port 8000", "wharf.json · com.example.Main:app";
     * while its server runs, where it really listens ("hello · 127.0.0.1:37929"), which may be a
     * port typed in the form and not saved, or one the system chose.
     */
    static String describe(Profile profile, String servingAt) {
        var app = profile.values().get("app");
        var port = profile.values().get("port");
        String what = app == null || app.isNull() ? "no app yet" : app.asText();
        String where = servingAt != null && !servingAt.isBlank()
                ? servingAt.replaceFirst("^https?://", "")
                : "port " + (port == null ? ServerOptions.PORT.defaultText() : port.asText());
        return (profile.external() ? profile.file().getFileName() + " · " : "") + what + " · " + where;
    }

    private static final class ProfileCell extends ListCell<Profile> {

        private final Function<Profile, ObservableValue<ServerStatus>> statusOf;
        private final Function<Profile, ObservableValue<String>> servingAt;
        /** The shown profile's state chip follows its server; a reused cell stops following the one before. */
        private Subscription following = Subscription.EMPTY;

        ProfileCell(
                Function<Profile, ObservableValue<ServerStatus>> statusOf,
                Function<Profile, ObservableValue<String>> servingAt) {
            this.statusOf = statusOf;
            this.servingAt = servingAt;
        }

        @Override
        protected void updateItem(Profile profile, boolean empty) {
            super.updateItem(profile, empty);
            following.unsubscribe();
            following = Subscription.EMPTY;
            if (empty || profile == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(profile.name());
            name.getStyleClass().add(Styles.TEXT_BOLDER);
            name.setMinWidth(0);
            Badge status = new Badge();
            status.getStyleClass().add("profile-status");
            status.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label();
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            following = statusOf.apply(profile)
                    .subscribe((ServerStatus now) -> status.show(now))
                    .and(servingAt.apply(profile).subscribe((String at) -> detail.setText(describe(profile, at))));
            HBox title = new HBox(6, name, new Spacer(), status);
            title.setAlignment(Pos.CENTER_LEFT);
            setGraphic(new VBox(1, title, detail));
            setText(null);
            setTooltip(new Tooltip(profile.file().toString()));
        }
    }
}
