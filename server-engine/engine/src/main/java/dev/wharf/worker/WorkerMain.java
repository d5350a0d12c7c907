package dev.wharf.worker;

import dev.wharf.logging.JvmDefaults;

/**
 * The entry point of a worker process, which the supervisor starts: one JVM, one server, its own
 * lifespan and {@code app.state}. It learns everything else over its control channel.
 */
public final class WorkerMain {

    private WorkerMain() {}

    public static void main(String[] args) {
        JvmDefaults.apply();
        WorkerEnvironment env;
        try {
            env = WorkerEnvironment.from(System.getenv());
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int code;
        try {
            code = new WorkerSession(env).run();
        } catch (InterruptedException e) {
            code = 1;
        }
        System.exit(code);
    }
}
