package dev.wharf.gui.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.gui.FakeSupervisor;
import dev.wharf.supervisor.SupervisorEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TelemetryFeedTest {

    private final FakeSupervisor supervisor = new FakeSupervisor(Settings.defaults());
    private final List<TelemetryBatch> shown = new ArrayList<>();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();

    private TelemetryFeed feed() {
        return new TelemetryFeed(supervisor, fxQueue::add, shown::add, clock::get);
    }

    private void runFx() {
        List<Runnable> tasks = List.copyOf(fxQueue);
        fxQueue.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void aThousandStatsEventsBetweenTwoTicksReachTheWindowAsOneUpdate() {
        TelemetryFeed feed = feed();
        for (int i = 0; i < 1000; i++) {
            supervisor.emit(new SupervisorEvent.WorkerStatsChanged(Instant.now(), 1, FakeSupervisor.stats(i, i)));
        }
        feed.tick();
        runFx();

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).events()).hasSize(1000);
    }

    @Test
    void nothingIsSentWhileTheWindowStillShowsThePreviousBatchAndNothingIsLost() {
        TelemetryFeed feed = feed();
        supervisor.log(1, "INFO:     first");
        feed.tick();
        supervisor.log(1, "INFO:     second");
        feed.tick();
        assertThat(fxQueue).hasSize(1);

        runFx();
        feed.tick();
        runFx();

        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).events()).hasSize(1);
    }

    @Test
    void aQuietServerStillGetsAHeartbeatEachSecondSoUptimesMove() {
        TelemetryFeed feed = feed();
        feed.tick();
        runFx();
        feed.tick();
        runFx();
        assertThat(shown).hasSize(1);

        clock.addAndGet(TelemetryFeed.HEARTBEAT.toNanos());
        feed.tick();
        runFx();

        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).events()).isEmpty();
    }

    @Test
    void aStalledWindowCostsBoundedMemoryAndIsToldHowManyEventsItMissed() {
        TelemetryFeed feed = feed();
        for (int i = 0; i < TelemetryFeed.MAX_PENDING + 5; i++) {
            supervisor.log(1, "INFO:     line " + i);
        }
        feed.tick();
        runFx();

        assertThat(shown.get(0).events()).hasSize(TelemetryFeed.MAX_PENDING);
        assertThat(shown.get(0).dropped()).isEqualTo(5);
    }

    @Test
    void closingUnsubscribes() {
        TelemetryFeed feed = feed();
        feed.tick();
        runFx();
        feed.close();
        supervisor.log(1, "INFO:     after close");
        clock.addAndGet(TelemetryFeed.HEARTBEAT.toNanos());
        feed.tick();
        runFx();

        assertThat(shown).allSatisfy(batch -> assertThat(batch.events()).isEmpty());
    }
}
