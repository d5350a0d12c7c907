package dev.wharf.supervisor.process;

import dev.wharf.supervisor.SupervisorEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of a supervisor; a listener that throws is logged and kept, so one bad listener cannot stop the others. */
final class Events {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final List<Consumer<SupervisorEvent>> listeners = new CopyOnWriteArrayList<>();

    AutoCloseable subscribe(Consumer<SupervisorEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void emit(SupervisorEvent event) {
        for (Consumer<SupervisorEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.error("A supervisor listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
