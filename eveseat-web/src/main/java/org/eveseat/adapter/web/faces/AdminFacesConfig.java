package org.eveseat.adapter.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches Jakarta Faces on for the admin console; without it Payara serves .xhtml files as their source. */
@FacesConfig
@ApplicationScoped
public class AdminFacesConfig {
}
