package org.eveseat.adapter.web.faces.admin;

import java.util.List;

/** A scope the login requests and the sync endpoints that need it (none: it serves the API or UI only). */
public record ScopeRow(String scope, List<String> endpoints) {
    public ScopeRow {
        endpoints = List.copyOf(endpoints);
    }

    public String endpointNames() {
        return String.join(", ", endpoints);
    }
}
