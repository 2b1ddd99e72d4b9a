package org.eveseat.domain.character.service;

import java.util.List;

import org.eveseat.domain.character.port.in.RequestedScopesQuery;

/** The scopes of the login request, as configured; blank entries and repeats are dropped. */
public class RequestedScopesService implements RequestedScopesQuery {
    private final List<String> scopes;

    public RequestedScopesService(List<String> configured) {
        this.scopes = configured.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    @Override
    public List<String> requestedScopes() {
        return scopes;
    }
}
