package dev.wharf.gui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.supervisor.WorkerInfo;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The request inspector's view in a worker's detail: the last requests that worker served, as its
 * {@code request-inspector} plugin published them ({@value #KEY} in the worker's plugin data),
 * newest first; the one selected in full (headers, the first bytes of the bodies, timings). Each
 * worker keeps its own list, so showing another worker shows another list. The data is read again
 * only when the worker publishes a new list.
 */
public final class RequestInspectorViewModel {

    /** Where the plugin's list is in {@link WorkerInfo#plugins()}: its id and its key. */
    public static final String KEY = "request-inspector.requests";

    private final ObservableList<InspectedRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<InspectedRequest> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private int workerId;
    private JsonNode shown;

    public RequestInspectorViewModel() {
        selected.addListener((observable, before, now) -> detail.set(now == null ? "" : now.describe()));
    }

    /** Shows {@code worker}'s requests, or nothing for {@code null}; cheap when nothing new was published. */
    public void show(WorkerInfo worker) {
        int id = worker == null ? 0 : worker.id();
        JsonNode data = worker == null ? null : worker.plugins().get(KEY);
        if (id == workerId && data == shown) {
            return;
        }
        boolean sameWorker = id == workerId;
        workerId = id;
        shown = data;
        available.set(data != null && data.isArray());
        if (!available.get()) {
            requests.clear();
            selected.set(null);
            summary.set(
                    worker == null
                            ? ""
                            : "Worker " + id + " has no request inspector: enable the request-inspector plugin "
                                    + "in Settings → Plugins, then restart.");
            return;
        }
        List<InspectedRequest> newestFirst = new ArrayList<>(data.size());
        for (int i = data.size() - 1; i >= 0; i--) {
            newestFirst.add(InspectedRequest.from(data.get(i)));
        }
        long keep = sameWorker && selected.get() != null ? selected.get().id() : -1;
        requests.setAll(newestFirst);
        selected.set(
                newestFirst.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        summary.set("The last " + newestFirst.size() + (newestFirst.size() == 1 ? " request" : " requests") + " worker "
                + id + " served, newest first (each worker keeps its own)");
    }

    public ObservableList<InspectedRequest> requests() {
        return requests;
    }

    public ObjectProperty<InspectedRequest> selectedProperty() {
        return selected;
    }
    /** The selected exchange in full, or empty. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
    /** Whether the worker runs the request inspector. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
    /** What the list is, or how to get one. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
