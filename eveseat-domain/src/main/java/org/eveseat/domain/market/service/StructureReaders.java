package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.market.model.MarketScopes;
import org.eveseat.domain.market.model.StructureAccess;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.shared.CharacterId;

/**
 * Which of the server's characters to read a structure's market with, in turn: those that also may read the
 * structure's name first; the one that read it last time at the head, or, after a refusal, the ones after the
 * last refused, so that over a few runs every character gets its turn while each run spends only a few of ESI's
 * errors (every 403 counts against the error limit).
 */
final class StructureReaders {
    static final String READ_STRUCTURES = "esi-universe.read_structures.v1";

    private final SyncableCharactersQuery characters;

    StructureReaders(SyncableCharactersQuery characters) {
        this.characters = characters;
    }

    List<CharacterId> inTurn(StructureMarket market) {
        Set<CharacterId> naming = new HashSet<>(characters.withScope(READ_STRUCTURES));
        List<CharacterId> all = new ArrayList<>(characters.withScope(MarketScopes.STRUCTURE_MARKETS));
        all.sort(Comparator.comparing((CharacterId c) -> !naming.contains(c)).thenComparingLong(CharacterId::value));
        int last = market.via() == null ? -1 : all.indexOf(market.via());
        if (last < 0) {
            return all;
        }
        int start = market.access() == StructureAccess.OK ? last : (last + 1) % all.size();
        List<CharacterId> turned = new ArrayList<>(all.subList(start, all.size()));
        turned.addAll(all.subList(0, start));
        return turned;
    }
}
