package org.eveseat.adapter.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; the player UI is served from the web root. */
@ApplicationPath("/api")
@ApplicationScoped
public class EveSeatApplication extends Application {
}
