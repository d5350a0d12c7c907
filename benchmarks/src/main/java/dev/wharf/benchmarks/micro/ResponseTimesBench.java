package dev.wharf.benchmarks.micro;

import dev.wharf.protocols.ResponseTimes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a worker's response-time histogram costs each request: the clock read when the request
 * arrives, the one when its response ends, and the two counter increments, on two threads sharing
 * one histogram as a worker's virtual threads do. Set against a request's time at the hello
 * benchmark's rate (about 16 µs a request at 60,000 requests/s) it is the throughput it can cost.
 *
 * <pre>benchmarks/micro.sh ResponseTimesBench</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class ResponseTimesBench {

    private final ResponseTimes times = new ResponseTimes();

    /** One request's recording: its arrival read, then its end read and recorded. */
    @Benchmark
    public void recordOneResponse() {
        long arrived = System.nanoTime();
        times.record(200, System.nanoTime() - arrived);
    }

    /** The same request with the recording off: nothing, the baseline JMH's own loop costs. */
    @Benchmark
    public void recordingOff() {}
}
