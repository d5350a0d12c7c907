package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    @Test
    void aWorkerThatServedAWhileIsReplacedAtOnce() {
        RestartPolicy policy = new RestartPolicy();
        for (int i = 0; i < 10; i++) {
            assertThat(policy.onDeath(true, Duration.ofMinutes(5), true)).isZero();
        }
    }

    @Test
    void startupFailuresBackOffExponentiallyThenStopAsACrashLoop() {
        RestartPolicy policy = new RestartPolicy();
        assertThat(policy.onDeath(false, Duration.ZERO, true)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.onDeath(false, Duration.ZERO, true)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.onDeath(false, Duration.ZERO, true)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.onDeath(false, Duration.ZERO, true)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy.onDeath(false, Duration.ZERO, true)).isNull();
    }

    @Test
    void aCleanExitOfItsOwnIsNoFailure() {
        RestartPolicy policy = new RestartPolicy();
        policy.onDeath(false, Duration.ZERO, true);
        assertThat(policy.onDeath(true, Duration.ofSeconds(1), false)).isZero();
        assertThat(policy.failures()).isZero();
    }
}
