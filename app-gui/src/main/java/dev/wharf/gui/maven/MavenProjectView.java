package dev.wharf.gui.maven;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** "From a Maven project…": pick the folder, watch Maven's progress, pick one of the App classes found. */
public final class MavenProjectView extends VBox {

    public MavenProjectView(MavenViewModel model) {
        getStyleClass().add("setting-row");
        setId("maven-project");
        Button choose = new Button("From a Maven project…");
        choose.setId("maven-choose");
        choose.setTooltip(new Tooltip("Compile a Maven project once, take its classpath and pick its App class"));
        choose.disableProperty().bind(model.runningProperty());
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

        ComboBox<String> apps = new ComboBox<>(model.apps());
        apps.setId("maven-apps");
        apps.setPromptText("App classes found");
        apps.setOnAction(e -> model.choose(apps.getValue()));
        apps.visibleProperty().bind(Bindings.isNotEmpty(model.apps()));
        apps.managedProperty().bind(apps.visibleProperty());
        getChildren().addAll(line, apps);
    }
}
