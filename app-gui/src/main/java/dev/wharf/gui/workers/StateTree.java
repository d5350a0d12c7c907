package dev.wharf.gui.workers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * One worker's {@code app.state} as a live tree. Each snapshot is merged into the same tree items
 * (so what the user expanded stays expanded), and a value that changed, or a key that appeared, is
 * marked {@link StateEntry#changed()} for {@link #HIGHLIGHT}. Showing another worker starts afresh,
 * with nothing marked: the first look at a state is not a change.
 */
public final class StateTree {

    public static final Duration HIGHLIGHT = Duration.ofSeconds(3);

    private final TreeItem<StateEntry> root = new TreeItem<>(new StateEntry("app.state", "", false));
    private final Map<String, String> lastValues = new HashMap<>();
    private final Map<String, Instant> changedAt = new HashMap<>();
    private boolean first = true;

    public StateTree() {
        root.setExpanded(true);
    }

    public TreeItem<StateEntry> root() {
        return root;
    }

    /** Forgets what was shown, for a different worker. */
    public void reset() {
        lastValues.clear();
        changedAt.clear();
        root.getChildren().clear();
        root.setValue(new StateEntry("app.state", "", false));
        first = true;
    }

    /** Shows {@code state} as it is at {@code now}; {@code null} (no snapshot yet) shows an empty tree. */
    public void show(JsonNode state, Instant now) {
        if (state == null || state.isNull()) {
            // Called with every telemetry batch: a tree item set again redraws the whole tree.
            StateEntry empty = new StateEntry("app.state", "no snapshot yet", false);
            if (!root.getChildren().isEmpty()) {
                root.getChildren().clear();
            }
            if (!empty.equals(root.getValue())) {
                root.setValue(empty);
            }
            return;
        }
        merge(root, "app.state", "", state, now);
        first = false;
    }

    private void merge(TreeItem<StateEntry> item, String key, String path, JsonNode node, Instant now) {
        String value = node.isContainerNode() ? size(node) : text(node);
        String before = lastValues.put(path, value);
        if (!first && !node.isContainerNode() && !value.equals(before)) {
            changedAt.put(path, now);
        }
        Instant changed = changedAt.get(path);
        boolean recent = changed != null && Duration.between(changed, now).compareTo(HIGHLIGHT) < 0;
        StateEntry entry = new StateEntry(key, value, recent);
        if (!entry.equals(item.getValue())) {
            item.setValue(entry);
        }
        if (!node.isContainerNode()) {
            item.getChildren().clear();
            return;
        }
        List<String> keys = new ArrayList<>();
        List<JsonNode> children = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                keys.add(field.getKey());
                children.add(field.getValue());
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                keys.add("[" + i + "]");
                children.add(node.get(i));
            }
        }
        ObservableList<TreeItem<StateEntry>> items = item.getChildren();
        for (int i = 0; i < keys.size(); i++) {
            TreeItem<StateEntry> child =
                    i < items.size() && items.get(i).getValue().key().equals(keys.get(i))
                            ? items.get(i)
                            : insert(items, i);
            merge(child, keys.get(i), path + "/" + keys.get(i), children.get(i), now);
        }
        if (items.size() > keys.size()) {
            items.remove(keys.size(), items.size());
        }
    }

    private TreeItem<StateEntry> insert(List<TreeItem<StateEntry>> items, int index) {
        TreeItem<StateEntry> child = new TreeItem<>(new StateEntry("", "", false));
        child.setExpanded(true);
        items.add(index, child);
        return child;
    }

    private static String size(JsonNode node) {
        return node.isObject() ? "{" + node.size() + "}" : "[" + node.size() + "]";
    }

    /** A value as JSON writes it, except that a fractional number reads as people write it: 1795631706.323, not 1.795631706323E9. */
    static String text(JsonNode node) {
        if (node.isFloatingPointNumber() && Double.isFinite(node.doubleValue())) {
            return node.decimalValue().toPlainString();
        }
        return node.toString();
    }
}
