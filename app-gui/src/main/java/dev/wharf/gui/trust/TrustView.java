package dev.wharf.gui.trust;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Heads the settings form's TLS section: "Trust the dev certificate" and "Remove trust", then what
 * happened, the commands left to run (selectable, with Copy) and what failed. Layout and bindings only.
 */
public final class TrustView extends VBox {

    public TrustView(TrustViewModel model) {
        getStyleClass().add("setting-row");
        setId("dev-trust");
        setSpacing(6);
        Button trust = new Button("Trust the dev certificate");
        trust.setId("trust-dev-certificate");
        trust.setTooltip(new Tooltip("wharf trust: install the local authority that signs --ssl-dev's certificates"
                + " where this machine's browsers look (your NSS databases for Chromium and Firefox, the system store"
                + " when Wharf runs as root), and say what is left to run with sudo"));
        trust.setOnAction(e -> model.install());
        Button remove = new Button("Remove trust");
        remove.setId("remove-dev-trust");
        remove.setTooltip(new Tooltip("wharf trust --uninstall: take the authority out of where it was installed"));
        remove.setOnAction(e -> model.uninstall());
        trust.disableProperty().bind(model.busyProperty());
        remove.disableProperty().bind(model.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(model.busyProperty());
        Label what = new Label("With --ssl-dev, browsers accept https://localhost without a warning once they trust"
                + " Wharf's local certificate authority.");
        what.getStyleClass().add("setting-what");
        what.setWrapText(true);
        HBox buttons = new HBox(8, trust, remove, spinner);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Message result = new Message();
        result.setId("trust-result");
        result.titleProperty().bind(model.titleProperty());
        result.descriptionProperty().bind(model.detailProperty());
        result.visibleProperty()
                .bind(model.busyProperty().or(model.resultProperty().isNotEqualTo(TrustViewModel.Result.NONE)));
        result.managedProperty().bind(result.visibleProperty());
        model.resultProperty().addListener((o, before, now) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
            result.getStyleClass()
                    .add(
                            switch (now) {
                                case DONE -> Styles.SUCCESS;
                                case COMMANDS_LEFT -> Styles.WARNING;
                                case FAILED -> Styles.DANGER;
                                case NONE -> Styles.ACCENT;
                            });
        });

        TextArea commands = new TextArea();
        commands.setId("trust-commands");
        commands.setEditable(false);
        commands.setWrapText(true);
        commands.setPrefRowCount(3);
        commands.textProperty().bind(model.commandsProperty());
        Button copy = new Button("Copy");
        copy.setId("copy-trust-commands");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> model.copyCommands());
        Label runThese = new Label("Run these yourself to finish:");
        runThese.getStyleClass().add(Styles.TEXT_MUTED);
        HBox commandsHeader = new HBox(8, runThese, copy);
        commandsHeader.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(4, commandsHeader, commands);
        left.visibleProperty().bind(model.commandsProperty().isNotEmpty());
        left.managedProperty().bind(left.visibleProperty());

        Label failures = new Label();
        failures.setId("trust-failures");
        failures.getStyleClass().add(Styles.DANGER);
        failures.setWrapText(true);
        failures.textProperty().bind(model.failuresProperty());
        failures.visibleProperty().bind(model.failuresProperty().isNotEmpty());
        failures.managedProperty().bind(failures.visibleProperty());

        getChildren().addAll(what, buttons, result, failures, left);
    }
}
