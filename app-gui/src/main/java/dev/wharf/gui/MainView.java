package dev.wharf.gui;

import atlantafx.base.theme.Styles;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.config.setting.Section;
import dev.wharf.gui.charts.ChartsView;
import dev.wharf.gui.fx.HelpPane;
import dev.wharf.gui.logs.LogsView;
import dev.wharf.gui.maven.MavenProjectView;
import dev.wharf.gui.notices.NoticesView;
import dev.wharf.gui.plugins.PluginsView;
import dev.wharf.gui.profiles.ProfilesView;
import dev.wharf.gui.settings.SectionPanel;
import dev.wharf.gui.settings.SettingsView;
import dev.wharf.gui.timeline.TimelineView;
import dev.wharf.gui.trust.TrustView;
import dev.wharf.gui.workers.WorkersView;
import dev.wharf.supervisor.ReloadReport;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's content: the toolbar and the notification area on top, the profiles on the left, the panels as tabs (Workers,
 * Settings, Charts, Timeline, Logs) and a status line at the bottom. Layout only.
 */
final class MainView extends BorderPane {

    private final TabPane tabs = new TabPane();
    private final MainViewModel model;
    private LogsView logs;

    MainView(MainViewModel model, Predicate<String> browser) {
        setTop(new VBox(new ToolbarView(model, browser), new NoticesView(model.notices())));
        setLeft(new ProfilesView(
                model.profiles(),
                model.server().runningProperty().or(model.server().busyProperty())));

        this.model = model;
        model.askUnsavedWith(this::askUnsaved);
        tabs.setId("panels");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        tabs.getTabs()
                .addAll(
                        tab("Workers", "tab-workers", () -> new WorkersView(model.workers())),
                        tab("Settings", "tab-settings", this::settings),
                        tab("Charts", "tab-charts", () -> new ChartsView(model.charts())),
                        tab("Timeline", "tab-timeline", () -> new TimelineView(model.timeline())),
                        tab("Logs", "tab-logs", this::logs));
        setCenter(tabs);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, before, now) -> {
            if (now.intValue() == 4 && logs != null) {
                logs.shown();
            }
        });

        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.server().messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Label generation = new Label();
        generation.getStyleClass().add(Styles.TEXT_MUTED);
        generation.textProperty().bind(model.server().generationProperty().asString("generation %d"));
        generation.visibleProperty().bind(model.server().runningProperty());
        message.setMinWidth(0);
        Label lastReload = new Label();
        lastReload.setId("last-reload");
        lastReload.textProperty().bind(model.server().lastReloadProperty());
        lastReload.setMinWidth(Region.USE_PREF_SIZE);
        model.server().lastReloadOutcomeProperty().addListener((o, before, now) -> {
            lastReload.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            lastReload.getStyleClass().add(now == ReloadReport.Outcome.RELOADED ? Styles.SUCCESS : Styles.DANGER);
        });
        generation.setMinWidth(Region.USE_PREF_SIZE);
        HBox status = new HBox(message, lastReload, generation);
        status.getStyleClass().add("status-bar");
        status.setAlignment(Pos.CENTER_LEFT);
        setBottom(status);
    }

    /** Save, discard or stay: asked before another profile replaces the form's unsaved edits. */
    private MainViewModel.UnsavedChoice askUnsaved() {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                "The settings form has edits that are not saved to this profile.",
                save,
                discard,
                ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText("Save the changes to this profile first?");
        ask.getDialogPane().setId("unsaved-edits");
        return ask.showAndWait()
                .map(button -> button == save
                        ? MainViewModel.UnsavedChoice.SAVE
                        : button == discard ? MainViewModel.UnsavedChoice.DISCARD : MainViewModel.UnsavedChoice.CANCEL)
                .orElse(MainViewModel.UnsavedChoice.CANCEL);
    }

    /** Shows the panel at {@code index} (0 = Workers … 4 = Logs). */
    void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    void findInLogs() {
        tabs.getSelectionModel().select(4);
        logs.focusSearch();
    }

    private SettingsView settings() {
        HelpPane help = new HelpPane();
        return new SettingsView(
                model.form(),
                model.server(),
                model.canApplyProperty(),
                model::apply,
                model::save,
                help,
                List.of(
                        new SectionPanel(Section.APP, new MavenProjectView(model.maven()), Set.of()),
                        new SectionPanel(Section.TLS, new TrustView(model.trust()), Set.of()),
                        new SectionPanel(
                                Section.PLUGINS,
                                new PluginsView(model.plugins(), help::show),
                                Set.of(PluginOptions.PLUGINS, PluginOptions.PLUGIN_OPTIONS))));
    }

    private LogsView logs() {
        if (logs == null) {
            logs = new LogsView(model.logs());
        }
        return logs;
    }

    /**
     * A tab whose content is built the first time it is shown: building every panel (the settings
     * form alone has a row per setting) before the first frame was most of the window's start-up.
     */
    private static Tab tab(String title, String id, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        if (tab.isSelected()) {
            tab.setContent(content.get());
        }
        tab.selectedProperty().addListener((o, before, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
