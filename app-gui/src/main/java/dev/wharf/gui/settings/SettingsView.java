package dev.wharf.gui.settings;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.wharf.config.Settings;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import dev.wharf.gui.fx.HelpPane;
import dev.wharf.gui.options.OptionField;
import dev.wharf.gui.options.OptionRow;
import dev.wharf.gui.server.ServerViewModel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The settings panel, made from the settings model: a titled group per section, a row per setting
 * (or a panel that edits some of them its own way), the focused option's help beside them, and
 * Apply (live settings now, the rest offered for a restart) and Save (to the profile) above them.
 */
public final class SettingsView extends BorderPane {

    /**
     * @param server the selected profile's server, which Apply and "Restart now" act on
     * @param help   where the focused option's help shows
     * @param panels panels heading their sections (taking the app from a Maven project, the plugins)
     */
    public SettingsView(
            SettingsFormViewModel form,
            ObservableValue<ServerViewModel> server,
            BooleanExpression canApply,
            Runnable apply,
            Runnable save,
            HelpPane help,
            List<SectionPanel> panels) {
        VBox sections = new VBox(8);
        sections.setId("settings-sections");
        sections.setStyle("-fx-padding: 8 12 16 12;");
        for (Section section : form.sections()) {
            VBox rows = new VBox();
            Set<Setting<?>> replaced = new HashSet<>();
            for (SectionPanel panel : panels) {
                if (panel.section() == section) {
                    rows.getChildren().add(panel.node());
                    replaced.addAll(panel.replaces());
                }
            }
            for (OptionField field : form.in(section)) {
                if (!replaced.contains(field.option())) {
                    rows.getChildren().add(OptionRow.ofSetting(field, help::show));
                }
            }
            TitledPane pane = new TitledPane(section.title(), rows);
            pane.setId("section-" + section.name().toLowerCase(Locale.ROOT));
            pane.setExpanded(section == Section.APP
                    || section == Section.SERVER
                    || section == Section.TIMEOUTS
                    || section == Section.PROXY
                    || section == Section.WORKERS
                    || section == Section.LIMITS
                    || section == Section.PLUGINS);
            sections.getChildren().add(pane);
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setId("settings-scroll");
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(scroll, help);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(help, false);

        Button applyButton = new Button("Apply to running server");
        applyButton.setId("apply");
        applyButton.getStyleClass().add(Styles.ACCENT);
        applyButton.disableProperty().bind(canApply.not());
        applyButton.setOnAction(e -> {
            // The form's values change under it as the server answers; the user stays where they were.
            double at = scroll.getVvalue();
            server.getValue().runningSettingsProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Settings> o, Settings before, Settings now) {
                    o.removeListener(this);
                    scroll.setVvalue(at);
                    Platform.runLater(() -> scroll.setVvalue(at));
                }
            });
            apply.run();
            scroll.requestFocus();
        });
        applyButton.setTooltip(
                new Tooltip("Live settings take effect in every worker at once; the others wait for a restart"));
        Button saveButton = new Button("Save profile");
        saveButton.setId("save");
        saveButton
                .disableProperty()
                .bind(form.validProperty().not().or(form.modifiedProperty().not()));
        saveButton.setOnAction(e -> save.run());

        Label state = new Label();
        state.setId("form-state");
        state.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            int errors = form.errorCountProperty().get();
                            if (errors > 0) {
                                return errors == 1
                                        ? "1 value is refused: fix it to start, save or apply"
                                        : errors + " values are refused: fix them to start, save or apply";
                            }
                            int warnings = form.warningsProperty().get().size();
                            String lint =
                                    warnings == 0 ? "" : " · " + warnings + (warnings == 1 ? " warning" : " warnings");
                            return (form.modifiedProperty().get() ? "Unsaved changes" : "Saved") + lint;
                        },
                        form.errorCountProperty(),
                        form.modifiedProperty(),
                        form.warningsProperty()));
        form.errorCountProperty().addListener((o, before, now) -> {
            state.getStyleClass().remove(Styles.DANGER);
            if (now.intValue() > 0) {
                state.getStyleClass().add(Styles.DANGER);
            }
        });
        HBox actions = new HBox(8, state, new Spacer(), saveButton, applyButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setStyle("-fx-padding: 8 12 8 12;");

        Message restart = new Message("Some applied settings need a restart", "");
        restart.setId("restart-offer");
        restart.getStyleClass().add(Styles.WARNING);
        restart.descriptionProperty()
                .bind(server.flatMap(s -> Bindings.createStringBinding(
                        () -> s.needRestartProperty().get().stream()
                                        .map(Object::toString)
                                        .collect(Collectors.joining(", "))
                                + " take effect when the workers restart.",
                        s.needRestartProperty())));
        Button restartNow = new Button("Restart now");
        restartNow.setId("restart-now");
        restartNow.setOnAction(e -> server.getValue().restart());
        restart.setActionHandler(null);
        restart.setPrefHeight(Region.USE_COMPUTED_SIZE);
        HBox offer = new HBox(8, restart, restartNow);
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.setStyle("-fx-padding: 0 12 8 12;");
        HBox.setHgrow(restart, Priority.ALWAYS);
        offer.visibleProperty()
                .bind(server.flatMap(s -> Bindings.createBooleanBinding(
                        () -> !s.needRestartProperty().get().isEmpty() && s.isRunning(),
                        s.needRestartProperty(),
                        s.runningProperty())));
        offer.managedProperty().bind(offer.visibleProperty());

        setTop(new VBox(actions, offer));
        setCenter(split);
    }
}
