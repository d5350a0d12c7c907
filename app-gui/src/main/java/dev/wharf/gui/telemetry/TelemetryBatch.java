package dev.wharf.gui.telemetry;

import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * What reaches the window in one UI update: the server as it is now, and what happened since the
 * previous update, in order.
 *
 * @param snapshot  the server now (taken after the events, so it reflects at least all of them)
 * @param events    the events since the previous batch, oldest first
 * @param dropped   events left out because the window fell behind (the oldest go first)
 * @param at        when the batch was made
 */
public record TelemetryBatch(SupervisorSnapshot snapshot, List<SupervisorEvent> events, int dropped, Instant at) {

    public TelemetryBatch {
        events = List.copyOf(events);
    }
}
