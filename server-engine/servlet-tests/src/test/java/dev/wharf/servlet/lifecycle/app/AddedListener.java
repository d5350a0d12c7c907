package dev.wharf.servlet.lifecycle.app;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

public class AddedListener implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        LifecycleLog.EVENTS.add("addedListener.contextInitialized");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        LifecycleLog.EVENTS.add("addedListener.contextDestroyed");
    }
}
