package org.eveseat.domain.market.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.StructureAccess;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureOrder;
import org.eveseat.domain.market.port.in.SyncStructureMarketUseCase;
import org.eveseat.domain.market.port.out.MarketCatalogueEsi;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;

/**
 * Reads a kept structure's market (ESI caches it 5 minutes, X-Pages walked whole) through the first character in
 * turn that may dock there, names and places the structure once through the same character, and replaces its
 * stored orders whole. A 403 means the character may not dock: the next one is tried, and when every one tried is
 * refused the structure is marked so for the admin and asked again in an hour; the sync itself does not fail.
 */
public class SyncStructureMarketService implements SyncStructureMarketUseCase {
    static final int MAX_TRIES = 3;
    static final Duration REFUSED_RETRY = Duration.ofHours(1);
    static final Duration FAILED_RETRY = Duration.ofMinutes(5);

    private final StructureMarketRepository markets;
    private final StructureReaders readers;
    private final AccessTokenQuery tokens;
    private final MarketCatalogueEsi esi;
    private final StructurePlaces places;
    private final NameRepository names;
    private final Clock clock;

    /** @param names where a structure's name is kept once read, so that every answer naming the id has it */
    public SyncStructureMarketService(StructureMarketRepository markets, SyncableCharactersQuery characters,
                                      AccessTokenQuery tokens, MarketCatalogueEsi esi,
                                      UniverseCatalogueEsi universe, StaticData staticData, NameRepository names,
                                      Clock clock) {
        this.markets = markets;
        this.readers = new StructureReaders(characters);
        this.tokens = tokens;
        this.esi = esi;
        this.places = new StructurePlaces(universe, staticData);
        this.names = names;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync(long structureId) {
        Instant now = clock.instant();
        Optional<StructureMarket> kept = markets.find(structureId);
        if (kept.isEmpty()) {
            return new SyncOutcome(Status.UNCHANGED, now.plus(REFUSED_RETRY), "structure no longer kept");
        }
        StructureMarket market = kept.get();
        List<CharacterId> readersInTurn = readers.inTurn(market);
        CharacterId lastTried = null;
        int refused = 0;
        for (CharacterId character : readersInTurn.subList(0, Math.min(MAX_TRIES, readersInTurn.size()))) {
            try {
                AccessToken token = tokens.accessTokenFor(character);
                lastTried = character;
                return store(market, character, token, esi.structureOrders(structureId, character, token), now);
            } catch (TokenInvalidException e) {
                continue;
            } catch (NotPermittedException e) {
                refused++;
            } catch (DomainException e) {
                markets.recordState(market.withState(StructureAccess.FAILED, character, e.getMessage()));
                return SyncOutcome.failed(e, now.plus(FAILED_RETRY));
            }
        }
        String why = refused == 0 ? "no character of this server has granted esi-markets.structure_markets.v1"
                : refused + " character(s) with the structure market scope may not dock there";
        markets.recordState(market.withState(refused == 0 ? StructureAccess.NO_CHARACTER : StructureAccess.NO_DOCKING,
                lastTried, why));
        return new SyncOutcome(Status.UNCHANGED, now.plus(REFUSED_RETRY), why);
    }

    private SyncOutcome store(StructureMarket market, CharacterId character, AccessToken token,
                              EsiResult<List<StructureOrder>> read, Instant now) {
        if (!(read instanceof EsiResult.Fresh<List<StructureOrder>> fresh)) {
            markets.recordState(market.withState(StructureAccess.OK, character, null));
            return SyncOutcome.of(read instanceof EsiResult.NotDue ? Status.NOT_DUE : Status.UNCHANGED,
                    read.expires());
        }
        StructureMarket placed = places.place(market, character, token);
        if (placed.name() != null && !placed.name().equals(market.name())) {
            // ESI's name lookup takes no structure ids, so the answers that name this one (the calculator, own
            // orders) find it among the stored names
            names.save(List.of(new ResolvedName(market.structureId(), placed.name(), NameCategory.STATION)), now);
        }
        if (placed.systemId() == null) {
            String why = "orders read, but the structure's place is unknown: its name needs a character with "
                    + StructureReaders.READ_STRUCTURES;
            markets.recordState(placed.withState(StructureAccess.OK, character, why));
            return new SyncOutcome(Status.UNCHANGED, fresh.expires(), why);
        }
        List<MarketOrder> orders = fresh.value().stream().map(o -> new MarketOrder(o.orderId(), o.typeId(),
                o.buyOrder(), o.price(), o.volumeRemain(), o.volumeTotal(), o.minVolume(), o.range(),
                market.structureId(), placed.systemId(), o.issued(), o.duration())).toList();
        markets.replaceOrders(new StructureMarket(market.structureId(), placed.name(), placed.systemId(),
                placed.regionId(), StructureAccess.OK, character, now, fresh.expires(), orders.size(), null), orders);
        return SyncOutcome.of(Status.UPDATED, fresh.expires());
    }
}
