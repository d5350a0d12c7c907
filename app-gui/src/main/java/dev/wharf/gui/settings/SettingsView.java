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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
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
        SettingsSearch search = form.search();
        List<TitledPane> panes = new ArrayList<>();
        for (Section section : form.sections()) {
            VBox rows = new VBox();
            Set<Setting<?>> replaced = new HashSet<>();
            for (SectionPanel panel : panels) {
                if (panel.section() == section) {
                    rows.getChildren().add(panel.node());
                    replaced.addAll(panel.replaces());
                    showWhile(panel.node(), search.anyShownProperty(panel.replaces()));
                }
            }
            for (OptionField field : form.in(section)) {
                if (!replaced.contains(field.option())) {
                    Setting<?> setting = (Setting<?>) field.option();
                    OptionRow row =
                            OptionRow.ofSetting(field, help::show, SourceMark.of(form.source(setting), field.name()));
                    showWhile(row, search.shownProperty(setting));
                    rows.getChildren().add(row);
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
            showWhile(pane, search.sectionShownProperty(section));
            panes.add(pane);
            sections.getChildren().add(pane);
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setId("settings-scroll");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox formSide = new VBox(searchBar(form, panes, scroll), scroll);
        SplitPane split = new SplitPane(formSide, help);
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
        getStylesheets()
                .add(Objects.requireNonNull(SettingsView.class.getResource("settings.css"))
                        .toExternalForm());
    }

    /**
     * The search box and the copy menu above the form. While something is typed, every section with a
     * match opens; clearing the box closes again those the user had closed.
     */
    private static HBox searchBar(SettingsFormViewModel form, List<TitledPane> panes, ScrollPane scroll) {
        TextField query = new TextField();
        query.setId("settings-search");
        query.setPromptText("Search settings");
        query.setTooltip(new Tooltip("Shows the settings whose flag, key, WHARF_ variable or description has every word"
                + " typed; clear it to see them all"));
        query.textProperty().bindBidirectional(form.search().queryProperty());
        HBox.setHgrow(query, Priority.ALWAYS);
        Map<TitledPane, Boolean> expandedBefore = new HashMap<>();
        form.search().queryProperty().addListener((o, before, now) -> {
            if (form.search().active()) {
                for (TitledPane pane : panes) {
                    expandedBefore.putIfAbsent(pane, pane.isExpanded());
                    pane.setExpanded(true);
                }
            } else {
                expandedBefore.forEach(TitledPane::setExpanded);
                expandedBefore.clear();
            }
            scroll.setVvalue(0);
        });
        Label none = new Label("No setting matches");
        none.setId("settings-search-none");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setMinWidth(Region.USE_PREF_SIZE);
        BooleanBinding noMatch = Bindings.createBooleanBinding(
                () -> form.search().active() && form.search().shownFlags().isEmpty(),
                form.search().queryProperty());
        showWhile(none, noMatch);

        MenuItem commandLine = new MenuItem("Copy as command line (wharf run …)");
        commandLine.setId("copy-command-line");
        commandLine.setOnAction(e -> form.copyAsCommandLine());
        MenuItem profile = new MenuItem("Copy as wharf.json");
        profile.setId("copy-profile-json");
        profile.setOnAction(e -> form.copyAsProfile());
        MenuButton copy = new MenuButton("Copy configuration", null, commandLine, profile);
        copy.setId("copy-settings");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.disableProperty().bind(form.validProperty().not());
        copy.setTooltip(new Tooltip("The effective settings (defaults left out), as a `wharf run` command line or a"
                + " profile file, to the clipboard"));

        HBox bar = new HBox(query, none, copy);
        bar.setId("settings-search-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void showWhile(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
