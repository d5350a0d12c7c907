package dev.wharf.servlet.jersey.shop;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

@Path("/items")
public class ItemResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> items() {
        return List.of(Map.of("name", "rope", "price", 12), Map.of("name", "anchor", "price", 90));
    }
}
