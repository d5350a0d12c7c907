package dev.wharf.lifespan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code --lifespan off}: the app never sees a lifespan scope; the state stays empty. */
public final class LifespanOff implements Lifespan {

    private final Map<String, Object> state = new ConcurrentHashMap<>();

    @Override
    public boolean startup() {
        return true;
    }

    @Override
    public boolean shutdown() {
        return true;
    }

    @Override
    public Map<String, Object> state() {
        return state;
    }
}
