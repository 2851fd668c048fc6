package gg.pickban.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every JSON endpoint lives under /api (the frontend's proxy forwards that prefix to Pickban). */
@ApplicationPath("api")
public class PickbanApi extends Application {

    /**
     * Redirects keep relative locations ({@code Location: /}): behind the proxy, the absolute URL
     * Jersey would build names Pickban's internal address, not the browser's origin. No WADL at
     * {@code /api/application.wadl}: it would publish the route list on the public prefix (the
     * operators' {@code /openapi} is on a port they keep private).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
