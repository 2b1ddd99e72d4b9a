package org.eveseat.domain.character.port.in;

import java.util.List;

/**
 * The SSO scopes EVESeat asks a pilot to grant at login. An endpoint whose scope is not among them is never
 * synced for anyone, which is why the admin console shows them next to the endpoints.
 */
public interface RequestedScopesQuery {
    List<String> requestedScopes();
}
