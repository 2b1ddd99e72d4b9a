package org.eveseat.adapter.esi.common;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eveseat.adapter.esi.calendar.EsiCalendarClient;
import org.eveseat.adapter.esi.character.EsiCharacterClient;
import org.eveseat.adapter.esi.contact.EsiContactClient;
import org.eveseat.adapter.esi.contract.EsiContractClient;
import org.eveseat.adapter.esi.mail.EsiMailClient;
import org.eveseat.adapter.esi.table.EsiOperationSpec;

/**
 * Every ESI client interface, and from their {@link EsiScope}s the SSO scopes the product can use: the default
 * login request asks for all of them (as SeAT does), so a pilot grants everything once. {@code EsiClientsTest}
 * checks the list against the interfaces the adapter holds, so a new client cannot be forgotten here.
 */
public final class EsiClients {
    /** The legacy scope for public character data; EVE SSO still expects it in a login request. */
    public static final String PUBLIC_DATA = "publicData";

    public static final List<Class<?>> ALL = List.of(
            EsiCalendarClient.class, EsiCharacterClient.class, EsiContactClient.class, EsiContractClient.class,
            EsiMailClient.class);

    private EsiClients() {
    }

    /** {@code publicData} and the scope of every client method and table operation that needs one, sorted. */
    public static List<String> scopes() {
        Set<String> scopes = new TreeSet<>();
        EsiOperations.ALL.stream().map(EsiOperationSpec::scope).filter(scope -> scope != null).forEach(scopes::add);
        ALL.stream().flatMap(client -> Stream.of(client.getMethods()))
                .map(method -> method.getAnnotation(EsiScope.class)).filter(scope -> scope != null)
                .map(EsiScope::value).forEach(scopes::add);
        return Stream.concat(Stream.of(PUBLIC_DATA), scopes.stream()).toList();
    }

}
