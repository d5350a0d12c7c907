package dev.wharf.benchmarks.servlet;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The servlet benchmark's other server: {@link HelloServlet} in an embedded Jetty 12 (EE 11, Servlet 6.1)
 * with Jetty's defaults (its own thread pool, one connector), as an app embeds it. {@code servlet-hello.sh}
 * runs it beside Wharf on the same core.
 */
public final class JettyServletHello {

    private JettyServletHello() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8002;
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(HelloServlet.class, "/*");
        server.setHandler(context);
        server.start();
        System.out.println("jetty servlet hello on http://127.0.0.1:" + port);
        server.join();
    }
}
