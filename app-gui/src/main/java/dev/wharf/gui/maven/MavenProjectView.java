package dev.wharf.gui.maven;

import atlantafx.base.theme.Styles;
import dev.wharf.gui.fx.Views;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * "From a Maven project…": pick the folder, watch Maven's progress, pick one of the apps found, each
 * marked with its kind (ASGI app, Servlet, JAX-RS application).
 */
public final class MavenProjectView extends VBox {

    public MavenProjectView(MavenViewModel model) {
        getStyleClass().add("setting-row");
        setId("maven-project");
        Button choose = new Button("From a Maven project…");
        choose.setId("maven-choose");
        choose.setTooltip(
                new Tooltip(
                        "Compile a Maven project once, take its classpath and pick its app: an ASGI app, a servlet or a JAX-RS application"));
        choose.disableProperty().bind(model.runningProperty());
        // Maven's progress beside it wraps instead of squeezing the button.
        choose.setMinWidth(Button.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("The Maven project's folder (with its pom.xml)");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.resolve(folder.toPath());
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.runningProperty());
        spinner.managedProperty().bind(model.runningProperty());
        Label progress = new Label();
        progress.setId("maven-progress");
        progress.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        progress.textProperty().bind(model.progressProperty());
        progress.setWrapText(true);
        HBox line = new HBox(8, choose, spinner, progress);
        line.setAlignment(Pos.CENTER_LEFT);

        ComboBox<FoundApp> apps = new ComboBox<>(model.apps());
        apps.setId("maven-apps");
        apps.setPromptText("Apps found");
        apps.setCellFactory(list -> new FoundAppCell());
        apps.setButtonCell(new FoundAppCell());
        apps.setOnAction(e -> model.choose(apps.getValue()));
        apps.visibleProperty().bind(Bindings.isNotEmpty(model.apps()));
        apps.managedProperty().bind(apps.visibleProperty());
        Label problem = Views.warning(model.problemProperty(), "maven-problem");
        getChildren().addAll(line, apps, problem);
    }

    /** The app's name and, muted beside it, its kind. */
    private static final class FoundAppCell extends ListCell<FoundApp> {
        private final Label name = new Label();
        private final Label kind = new Label();
        private final HBox box = new HBox(8, name, kind);

        FoundAppCell() {
            kind.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(FoundApp app, boolean empty) {
            super.updateItem(app, empty);
            if (empty || app == null) {
                setGraphic(null);
                return;
            }
            // The button cell was given the prompt text while nothing was chosen.
            setText(null);
            name.setText(app.name());
            kind.setText(app.kind().label() + (app.usable() ? "" : " · cannot be served yet"));
            setGraphic(box);
        }
    }
}
