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
import dev.wharf.gui.reloads.ReloadsView;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.gui.sessions.Session;
import dev.wharf.gui.settings.SectionPanel;
import dev.wharf.gui.settings.SettingsView;
import dev.wharf.gui.timeline.TimelineView;
import dev.wharf.gui.trust.TrustView;
import dev.wharf.gui.workers.WorkersView;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.ServerStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
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
 * Settings, Charts, Timeline, Logs, Reloads) and a status line at the bottom. The toolbar, the status line and the
 * session's panels show the selected profile's session; each session's panels are built once and kept,
 * so switching back shows them as they were (scroll, selection, search). Layout only.
 */
final class MainView extends BorderPane {

    /** The tabs whose content is the selected session's (the Settings tab, 1, holds the window's one form). */
    private static final int WORKERS = 0;

    private static final int CHARTS = 2;
    private static final int TIMELINE = 3;
    private static final int LOGS = 4;
    private static final int RELOADS = 5;

    private final TabPane tabs = new TabPane();
    private final MainViewModel model;
    private final Map<Session, Node[]> panels = new HashMap<>();
    private Node settings;

    MainView(MainViewModel model, Predicate<String> browser) {
        this.model = model;
        ObservableValue<ServerViewModel> server = model.sessionProperty().map(Session::server);
        setTop(new VBox(new ToolbarView(model, browser), new NoticesView(model.notices())));
        setLeft(new ProfilesView(
                model.profiles(),
                server.flatMap(s -> s.busyProperty().or(s.statusProperty().isEqualTo(ServerStatus.STOPPING))),
                new ProfilesView.Deleting() {
                    @Override
                    public boolean runs() {
                        return model.selectedRuns();
                    }

                    @Override
                    public void delete() {
                        model.deleteSelected();
                    }
                },
                model::statusOf,
                model::servingAt));

        model.askUnsavedWith(this::askUnsaved);
        tabs.setId("panels");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        tabs.getTabs()
                .addAll(
                        tab("Workers", "tab-workers", () -> panel(WORKERS)),
                        tab("Settings", "tab-settings", this::settings),
                        tab("Charts", "tab-charts", () -> panel(CHARTS)),
                        tab("Timeline", "tab-timeline", () -> panel(TIMELINE)),
                        tab("Logs", "tab-logs", () -> panel(LOGS)),
                        tab("Reloads", "tab-reloads", () -> panel(RELOADS)));
        setCenter(tabs);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, before, now) -> {
            if (now.intValue() == LOGS) {
                logs().shown();
            }
        });
        model.sessionProperty().addListener((o, before, now) -> showSession());

        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(server.flatMap(ServerViewModel::messageProperty));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Label generation = new Label();
        generation.getStyleClass().add(Styles.TEXT_MUTED);
        generation
                .textProperty()
                .bind(server.flatMap(s -> s.generationProperty().asString("generation %d")));
        generation.visibleProperty().bind(server.flatMap(ServerViewModel::runningProperty));
        message.setMinWidth(0);
        Label lastReload = new Label();
        lastReload.setId("last-reload");
        lastReload.textProperty().bind(server.flatMap(ServerViewModel::lastReloadProperty));
        lastReload.setMinWidth(Region.USE_PREF_SIZE);
        server.flatMap(ServerViewModel::lastReloadOutcomeProperty).subscribe(now -> {
            lastReload.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now != null) {
                lastReload.getStyleClass().add(now == ReloadReport.Outcome.RELOADED ? Styles.SUCCESS : Styles.DANGER);
            }
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

    /** Shows the panel at {@code index} (0 = Workers … 5 = Reloads). */
    void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    void findInLogs() {
        tabs.getSelectionModel().select(LOGS);
        logs().focusSearch();
    }

    /** The selected session's panel {@code index}, built the first time it is shown. */
    private Node panel(int index) {
        Session session = model.sessionProperty().get();
        Node[] built = panels.computeIfAbsent(session, s -> new Node[RELOADS + 1]);
        if (built[index] == null) {
            Function<Session, Node> make = switch (index) {
                case WORKERS -> s -> new WorkersView(s.workers());
                case CHARTS -> s -> new ChartsView(s.charts());
                case TIMELINE -> s -> new TimelineView(s.timeline());
                case LOGS -> s -> new LogsView(s.logs());
                case RELOADS -> s -> new ReloadsView(s.timeline().reloads());
                default -> throw new IllegalArgumentException("not a session's panel: " + index);
            };
            built[index] = make.apply(session);
        }
        return built[index];
    }

    /** Another profile selected: the session's tabs show its panels (the hidden ones are built when opened). */
    private void showSession() {
        // A deleted profile's session is gone from the window: so are the panels built for it.
        panels.keySet().retainAll(model.allSessions());
        for (int index : new int[] {WORKERS, CHARTS, TIMELINE, LOGS, RELOADS}) {
            Tab tab = tabs.getTabs().get(index);
            tab.setContent(tab.isSelected() ? panel(index) : null);
        }
        if (tabs.getSelectionModel().getSelectedIndex() == LOGS) {
            logs().shown();
        }
    }

    private LogsView logs() {
        return (LogsView) panel(LOGS);
    }

    private Node settings() {
        if (settings != null) {
            return settings;
        }
        HelpPane help = new HelpPane();
        settings = new SettingsView(
                model.form(),
                model.sessionProperty().map(Session::server),
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
        return settings;
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
