package dev.wharf.servlet.jersey.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Deployed the Servlet 3 way: no web.xml and no servlet given, Jersey's initializer maps it to /api/*. */
@ApplicationPath("/api")
public class ShopApi extends Application {}
