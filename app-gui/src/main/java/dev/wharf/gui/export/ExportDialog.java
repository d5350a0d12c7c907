package dev.wharf.gui.export;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** Export… as a dialog of its own, which stays open to show what the export wrote. */
public final class ExportDialog extends Dialog<Void> {

    public ExportDialog(ExportViewModel model, String profileName) {
        setTitle("Export " + profileName);
        setHeaderText("Write " + profileName + " as the files a production platform runs.");
        getDialogPane().setContent(new ExportView(model));
        getDialogPane().setPrefWidth(680);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }
}
