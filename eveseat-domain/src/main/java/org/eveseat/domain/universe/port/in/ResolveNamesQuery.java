package org.eveseat.domain.universe.port.in;

import java.util.Set;

import org.eveseat.domain.universe.model.EntityNames;

/**
 * Names for the ids of one answer (characters, corporations, alliances, factions, types, places), resolved in
 * one batch: every listing sends names with its rows instead of leaving the browser to look up each id. Never
 * fails: what cannot be named now is left out and looked up in the background for the next answer.
 */
public interface ResolveNamesQuery {
    EntityNames resolve(Set<Long> ids);
}
