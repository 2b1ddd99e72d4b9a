package org.eveseat.domain.market;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.market.model.CharacterOrder;
import org.eveseat.domain.market.model.CorporationOrder;
import org.eveseat.domain.market.port.out.MarketOrdersEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/** ESI's own-order listings as a test sets them: fresh lists, another result, or a failure. */
public class ScriptedMarketOrdersEsi implements MarketOrdersEsi {
    public static final Instant EXPIRES = Instant.parse("2026-12-07T12:20:00Z");

    public Supplier<EsiResult<List<CharacterOrder>>> open = () -> new EsiResult.Fresh<>(List.of(), EXPIRES);
    public Supplier<EsiResult<List<CharacterOrder>>> history = () -> new EsiResult.Fresh<>(List.of(), EXPIRES);
    public Supplier<EsiResult<List<CorporationOrder>>> corporation = () -> new EsiResult.Fresh<>(List.of(), EXPIRES);

    public void open(List<CharacterOrder> orders) {
        open = () -> new EsiResult.Fresh<>(orders, EXPIRES);
    }

    @Override
    public EsiResult<List<CharacterOrder>> characterOrders(CharacterId characterId, AccessToken token) {
        return open.get();
    }

    @Override
    public EsiResult<List<CharacterOrder>> characterOrderHistory(CharacterId characterId, AccessToken token) {
        return history.get();
    }

    @Override
    public EsiResult<List<CorporationOrder>> corporationOrders(CorporationId corporationId, AccessToken token) {
        return corporation.get();
    }
}
