package dev.wharf.servlet.lifecycle.app;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

@WebListener
public class OrderListener implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        LifecycleLog.EVENTS.add("listener.contextInitialized");
        event.getServletContext().setAttribute("greeting", "hello from contextInitialized");
        event.getServletContext().setAttribute("temporary", "removed at once");
        event.getServletContext().removeAttribute("temporary");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        LifecycleLog.EVENTS.add("listener.contextDestroyed");
    }
}
