package dev.wharf.servlet.lifecycle.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the lifecycle app's components did, in order, for the test to read. */
public final class LifecycleLog {

    public static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private LifecycleLog() {}
}
