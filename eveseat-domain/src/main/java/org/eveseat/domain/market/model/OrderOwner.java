package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/** Whose market orders: a character's own, or a corporation's. */
public record OrderOwner(Kind kind, long id) {
    public enum Kind { CHARACTER, CORPORATION }

    public OrderOwner {
        Require.present(kind, "owner kind");
        Require.positive(id, "owner id");
    }

    public static OrderOwner of(CharacterId characterId) {
        return new OrderOwner(Kind.CHARACTER, characterId.value());
    }

    public static OrderOwner of(CorporationId corporationId) {
        return new OrderOwner(Kind.CORPORATION, corporationId.value());
    }
}
