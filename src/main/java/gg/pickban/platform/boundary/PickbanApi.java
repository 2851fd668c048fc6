package gg.pickban.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every JSON endpoint lives under /api (the frontend's proxy forwards that prefix to Pickban). */
@ApplicationPath("api")
public class PickbanApi extends Application {
}
