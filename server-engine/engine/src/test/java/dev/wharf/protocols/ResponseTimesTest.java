package dev.wharf.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseTimesTest {

    @Test
    void eachResponseCountsInItsStatusClassAndTheBucketOfItsTime() {
        ResponseTimes times = new ResponseTimes();
        times.record(200, 100_000); // 0.1 ms
        times.record(204, 125_000); // 0.125 ms: still the first bucket
        times.record(404, 300_000); // 0.3 ms: within 0.5 ms
        times.record(503, 3_600_000_000_000L); // an hour: the last bucket

        assertThat(times.byClass()).containsExactly(0L, 2L, 0L, 1L, 1L);
        assertThat(times.buckets().get(0)).isEqualTo(2);
        assertThat(times.buckets().get(2)).isEqualTo(1);
        assertThat(times.buckets().get(ResponseTimes.BUCKETS - 1)).isEqualTo(1);
        assertThat(ResponseTimes.upperBoundMicros(2)).isEqualTo(500);
    }
}
