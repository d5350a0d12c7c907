package dev.wharf.gui.plugins;

import dev.wharf.asgi.option.InvalidValue;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.config.setting.Setting;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.options.OptionField;
import dev.wharf.gui.settings.SettingsFormViewModel;
import dev.wharf.plugins.DiscoveredPlugin;
import dev.wharf.plugins.PluginHost;
import dev.wharf.plugins.PluginProblem;
import dev.wharf.plugins.PluginRequests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Plugins panel of the settings form: every plugin found (on Wharf's class path and in the
 * profile's plugins folder) and every one the settings enable, the enabled ones first in wrapping
 * order; each enabled plugin's options as fields. It reads the form's {@code plugins} and
 * {@code plugin_options} and writes them back as the user enables, orders and types, so applying,
 * restarting and saving treat them as any setting; and it checks them as a start would (the plugin
 * exists, its options parse), refusing the form's {@code plugins} value with the plugin's own
 * message unless lenient loading is on. Discovery (reading jars) runs on the background executor.
 *
 * <p>Reading a plugin jar runs its code in the window's process, so the plugins folder is read only
 * when the user asks: {@link #scan()} (the panel's button) or a Start. Typing a folder or opening a
 * profile never reads it; until then the panel shows Wharf's own plugins and does not refuse the
 * plugins the folder may hold.
 */
public final class PluginsViewModel {

    private final SettingsFormViewModel form;
    private final Function<Path, PluginHost> discovery;
    private final UiThreads threads;
    private final ObservableList<PluginEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> discoveryProblems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper(this, "found", "Looking for plugins …");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems");
    private final ReadOnlyStringWrapper scanHint = new ReadOnlyStringWrapper(this, "scanHint");
    private final ReadOnlyIntegerWrapper enabledCount = new ReadOnlyIntegerWrapper(this, "enabledCount");
    private final ReadOnlyBooleanWrapper canScan = new ReadOnlyBooleanWrapper(this, "canScan");
    private final BooleanBinding pending;
    /** Wharf's own class path: read once, as its code already runs in the window. */
    private PluginHost bundled;
    /** The class path and the folder last scanned, or {@code null}. */
    private PluginHost scanned;

    private Path scannedFolder;
    /** What the entries are made from: {@link #scanned} while the form names the folder scanned, else {@link #bundled}. */
    private PluginHost host;

    /** Whether the entries were made while the folder the form names was not read yet. */
    private boolean entriesAwaitScan;

    private boolean scanning;
    private boolean writing;

    /** @param discovery finds the plugins on Wharf's class path and in a plugins folder ({@code null} for none) */
    public PluginsViewModel(SettingsFormViewModel form, Function<Path, PluginHost> discovery, UiThreads threads) {
        this.form = form;
        this.discovery = discovery;
        this.threads = threads;
        OptionField ids = form.field(PluginOptions.PLUGINS);
        OptionField options = form.field(PluginOptions.PLUGIN_OPTIONS);
        ids.textProperty().addListener((o, before, now) -> fromForm());
        options.textProperty().addListener((o, before, now) -> fromForm());
        form.field(PluginOptions.PLUGINS_LENIENT).textProperty().addListener((o, before, now) -> check());
        form.field(PluginOptions.PLUGINS_DIR).textProperty().addListener((o, before, now) -> show());
        pending = Bindings.or(ids.pendingProperty(), options.pendingProperty());
        threads.background().execute(() -> {
            PluginHost own = discovery.apply(null);
            threads.fx().execute(() -> {
                bundled = own;
                show();
            });
        });
    }

    /**
     * Reads the plugins folder the form names, loading its jars' plugins (their code runs here),
     * off the FX thread; the entries then show them. Does nothing while a scan runs or without a folder.
     */
    public void scan() {
        Path folder = folder();
        if (!canScan.get() || folder == null) {
            return;
        }
        scanning = true;
        updateCanScan();
        found.set("Scanning " + folder + " …");
        threads.background().execute(() -> {
            PluginHost next = discovery.apply(folder);
            threads.fx().execute(() -> {
                PluginHost previous = scanned;
                scanned = next;
                scannedFolder = folder;
                scanning = false;
                show();
                if (previous != null) {
                    threads.background().execute(() -> close(previous));
                }
            });
        });
    }

    /** What a Start asks: the folder the form names read, unless it already was. */
    public void scanUnlessScanned() {
        if (folderNotScanned()) {
            scan();
        }
    }

    /** Every plugin found or enabled: the enabled ones in wrapping order (outermost first), then the others by id. */
    public ObservableList<PluginEntry> entries() {
        return entries;
    }

    /** Whether {@link #scan()} would read a folder: a valid one is set and no scan runs. */
    public ReadOnlyBooleanProperty canScanProperty() {
        return canScan.getReadOnlyProperty();
    }

    /** Why the plugins folder set has not been read yet and what reads it, or {@code null} once it has. */
    public ReadOnlyStringProperty scanHintProperty() {
        return scanHint.getReadOnlyProperty();
    }

    /** What was found where, in words; "Looking for plugins …" while discovery runs. */
    public ReadOnlyStringProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** Jars that would not load, plugins found twice, a plugins folder that is missing or that others can write to. */
    public ObservableList<String> discoveryProblems() {
        return discoveryProblems;
    }

    /** What a start would stop at (or, lenient, leave out), one per line, in the plugins' words; {@code null} when nothing. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Whether lenient loading is on: problems then leave a plugin out instead of refusing the start. */
    public boolean lenient() {
        return Boolean.TRUE.equals(value(PluginOptions.PLUGINS_LENIENT));
    }

    /** How many plugins are enabled. */
    public ReadOnlyIntegerProperty enabledCountProperty() {
        return enabledCount.getReadOnlyProperty();
    }

    /** Whether the plugins differ from what the running server has. */
    public BooleanBinding pendingProperty() {
        return pending;
    }

    /** Moves an enabled plugin {@code delta} places in the wrapping order (negative: outwards). */
    public void move(PluginEntry entry, int delta) {
        List<PluginEntry> order = enabled();
        int from = order.indexOf(entry);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.remove(from);
        order.add(to, entry);
        arrange(order);
        toForm();
    }

    /** Forgets the entries of {@code entry} that none of its options takes. */
    public void dropUnknown(PluginEntry entry) {
        entry.dropUnknown();
        toForm();
    }

    private List<PluginEntry> enabled() {
        return new ArrayList<>(
                entries.stream().filter(e -> e.enabledProperty().get()).toList());
    }

    /** Rebuilds the entries from the form's two settings: on start, a profile loaded, a running server's settings. */
    private void fromForm() {
        if (writing || host == null) {
            return;
        }
        List<String> ids = Objects.requireNonNullElse(value(PluginOptions.PLUGINS), List.of());
        List<String> options = Objects.requireNonNullElse(value(PluginOptions.PLUGIN_OPTIONS), List.of());
        Map<String, PluginEntry> byId = new LinkedHashMap<>();
        for (String id : ids) {
            byId.computeIfAbsent(id, this::entry).enabledProperty().set(true);
        }
        for (DiscoveredPlugin plugin : host.plugins()) {
            byId.computeIfAbsent(plugin.id(), this::entry);
        }
        for (String option : options) {
            int dot = option.indexOf('.');
            byId.computeIfAbsent(option.substring(0, dot), this::entry).take(option.substring(dot + 1));
        }
        List<PluginEntry> order = new ArrayList<>(
                byId.values().stream().filter(e -> e.enabledProperty().get()).toList());
        byId.values().forEach(this::follow);
        entries.clear();
        arrange(order, byId.values());
        check();
    }

    private PluginEntry entry(String id) {
        return new PluginEntry(id, host.find(id).orElse(null), entriesAwaitScan);
    }

    /** Writes back what the user changed: enabling, ordering, typing. */
    private void follow(PluginEntry entry) {
        entry.enabledProperty().addListener((o, before, now) -> {
            List<PluginEntry> order = enabled();
            order.remove(entry);
            if (now) {
                order.add(entry);
            }
            arrange(order);
            toForm();
        });
        entry.options().forEach(field -> field.textProperty().addListener((o, before, now) -> toForm()));
    }

    private void arrange(List<PluginEntry> order) {
        arrange(order, entries);
    }

    /** Shows {@code order} first, numbered, then the rest of {@code all} by id. */
    private void arrange(List<PluginEntry> order, Collection<PluginEntry> all) {
        List<PluginEntry> shown = new ArrayList<>(order);
        all.stream()
                .filter(e -> !order.contains(e))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(shown::add);
        for (PluginEntry entry : shown) {
            entry.position(order.indexOf(entry) + 1);
        }
        enabledCount.set(order.size());
        if (!shown.equals(entries)) {
            entries.setAll(shown);
        }
    }

    private void toForm() {
        List<String> ids = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (PluginEntry entry : enabled()) {
            ids.add(entry.id());
            options.addAll(entry.entries());
        }
        writing = true;
        try {
            form.field(PluginOptions.PLUGINS).textProperty().set(String.join(",", ids));
            form.field(PluginOptions.PLUGIN_OPTIONS).textProperty().set(String.join("\n", options));
        } finally {
            writing = false;
        }
        check();
    }

    /** Checks the two settings as a start would, and refuses them with the plugins' words unless lenient. */
    private void check() {
        if (host == null) {
            return;
        }
        List<String> found = new ArrayList<>();
        List<String> ids = parsed(PluginOptions.PLUGINS, found);
        List<String> options = parsed(PluginOptions.PLUGIN_OPTIONS, found);
        if (found.isEmpty()) {
            try {
                host.check(PluginRequests.fromCommandLine(ids, options)).stream()
                        .filter(problem -> !entriesAwaitScan || !notFound(problem))
                        .map(PluginProblem::message)
                        .forEach(found::add);
            } catch (IllegalArgumentException e) {
                found.add(e.getMessage());
            }
        }
        for (PluginEntry entry : entries) {
            List<String> own =
                    found.stream().filter(message -> concerns(entry, message)).toList();
            entry.problems(own.isEmpty() ? null : String.join("\n", own));
        }
        String text = found.isEmpty() ? null : String.join("\n", found);
        problems.set(text);
        form.refuse(PluginOptions.PLUGINS, lenient() ? null : text);
    }

    /** A problem of this plugin that none of its fields already shows in its own words. */
    private static boolean concerns(PluginEntry entry, String message) {
        if (!message.startsWith("plugin '" + entry.id() + "'")) {
            return false;
        }
        return entry.options().stream()
                .noneMatch(field -> !field.valid()
                        && message.startsWith("plugin '" + entry.id() + "', option '" + field.name() + "': "));
    }

    /** A plugin the folder not scanned yet may hold: not refused before the folder is read. */
    private boolean notFound(PluginProblem problem) {
        return problem.pluginId() != null && host.find(problem.pluginId()).isEmpty();
    }

    private boolean folderNotScanned() {
        Path folder = folder();
        return folder != null && !folder.equals(scannedFolder);
    }

    /** Shows what is known of the folder the form names now; never reads it. */
    private void show() {
        updateCanScan();
        if (bundled == null) {
            return;
        }
        Path folder = folder();
        boolean awaiting = folderNotScanned();
        PluginHost next = awaiting || folder == null ? bundled : scanned;
        scanHint.set(
                awaiting
                        ? "The plugins folder " + folder + " is not read yet: reading a plugin jar runs its code, "
                                + "so Wharf reads the folder when you press Scan folder, or Start."
                        : null);
        if (!scanning) {
            found.set(describe(next, folder, awaiting));
        }
        if (next == host && awaiting == entriesAwaitScan) {
            return;
        }
        host = next;
        entriesAwaitScan = awaiting;
        discoveryProblems.setAll(
                next.discoveryProblems().stream().map(PluginProblem::message).toList());
        fromForm();
    }

    private void updateCanScan() {
        canScan.set(!scanning && form.field(PluginOptions.PLUGINS_DIR).valid() && folder() != null);
    }

    private static String describe(PluginHost host, Path folder, boolean awaitingScan) {
        long bundled = host.plugins().stream()
                .filter(p -> p.source().equals("classpath"))
                .count();
        long inFolder = host.plugins().size() - bundled;
        String where =
                folder == null ? " (no plugins folder set)" : awaitingScan ? "" : ", " + inFolder + " in " + folder;
        return host.plugins().size() + (host.plugins().size() == 1 ? " plugin" : " plugins") + " found: " + bundled
                + " bundled" + where;
    }

    private Path folder() {
        return value(PluginOptions.PLUGINS_DIR);
    }

    /** A list setting's value as the form's field holds it; empty, with the type's message added to {@code problems}, when refused. */
    private List<String> parsed(Setting<List<String>> setting, List<String> problems) {
        try {
            return setting.type().parse(form.field(setting).textProperty().get());
        } catch (InvalidValue e) {
            problems.add(setting.flag() + ": " + e.getMessage());
            return List.of();
        }
    }

    /** A setting's value as the form's field holds it, or {@code null} while the field's text is refused. */
    private <T> T value(Setting<T> setting) {
        try {
            return setting.type().parse(form.field(setting).textProperty().get());
        } catch (InvalidValue e) {
            return null;
        }
    }

    private static void close(PluginHost host) {
        try {
            host.close();
        } catch (IOException e) {
            // Closing a plugin jar's class loader only releases the file; nothing depends on it.
        }
    }
}
