package org.eveseat.domain.contact.model;

import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/** Whose contact list: a character's, a corporation's or an alliance's. Ids of the three kinds never collide in EVE. */
public record ContactOwner(Kind kind, long id) {
    public enum Kind { CHARACTER, CORPORATION, ALLIANCE }

    public ContactOwner {
        Require.present(kind, "owner kind");
        Require.positive(id, "owner id");
    }

    public static ContactOwner of(CharacterId characterId) {
        return new ContactOwner(Kind.CHARACTER, characterId.value());
    }

    public static ContactOwner of(CorporationId corporationId) {
        return new ContactOwner(Kind.CORPORATION, corporationId.value());
    }

    public static ContactOwner of(AllianceId allianceId) {
        return new ContactOwner(Kind.ALLIANCE, allianceId.value());
    }
}
