package dev.wharf.gui.export;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * Export…'s form: target, folder (typed or chosen), the image for Kubernetes, write despite the
 * lint, and what the export printed. Layout and bindings only; {@link ExportViewModel} decides.
 */
public final class ExportView extends VBox {

    public ExportView(ExportViewModel model) {
        super(10);
        setId("export");
        ChoiceBox<ExportTarget> target = new ChoiceBox<>();
        target.setId("export-target");
        target.getItems().setAll(ExportTarget.values());
        target.valueProperty().bindBidirectional(model.targetProperty());

        TextField folder = new TextField();
        folder.setId("export-folder");
        folder.setPromptText("the folder the files go to");
        folder.textProperty().bindBidirectional(model.folderProperty());
        Button choose = new Button("Choose…");
        choose.setId("export-choose-folder");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export to which folder?");
            Path typed = Path.of(
                    model.folderProperty().get().isBlank()
                            ? "."
                            : model.folderProperty().get().strip());
            if (Files.isDirectory(typed)) {
                chooser.setInitialDirectory(typed.toFile());
            }
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.folderProperty().set(chosen.getPath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);

        TextField image = new TextField();
        image.setId("export-image");
        image.setPromptText("registry/app:1.0, the image with Wharf and the app");
        image.textProperty().bindBidirectional(model.imageProperty());
        Label imageLabel = new Label("Image");
        var kubernetes = model.targetProperty().isEqualTo(ExportTarget.KUBERNETES);
        for (var node : new javafx.scene.Node[] {image, imageLabel}) {
            node.visibleProperty().bind(kubernetes);
            node.managedProperty().bind(kubernetes);
        }

        CheckBox force = new CheckBox("Write even when the production lint refuses");
        force.setId("export-force");
        force.selectedProperty().bindBidirectional(model.forceProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Export"), target);
        form.addRow(1, new Label("Folder"), new HBox(6, folder, choose));
        form.addRow(2, imageLabel, image);
        form.add(force, 1, 3);

        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());

        Button run = new Button("Export");
        run.setId("export-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.problemProperty().isNotEmpty().or(model.runningProperty()));
        run.setOnAction(e -> model.export());

        TextArea output = new TextArea();
        output.setId("export-output");
        output.setEditable(false);
        output.setPrefRowCount(8);
        output.setWrapText(true);
        output.textProperty().bind(model.outputProperty());

        Label profile = new Label("From the saved profile " + model.profile()
                + ", after the production lint (reload on, a '*' trust list, DB pool math over budget, no graceful"
                + " shutdown are refused).");
        profile.setWrapText(true);
        profile.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(profile, form, problem, run, output);
    }
}
