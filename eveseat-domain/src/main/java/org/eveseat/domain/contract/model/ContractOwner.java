package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/**
 * Whose contract list a stored contract belongs to. One contract can be on a character's list and on its
 * corporation's: each owner keeps its own copy, synced with its own token.
 */
public record ContractOwner(Kind kind, long id) {
    public enum Kind { CHARACTER, CORPORATION }

    public ContractOwner {
        Require.present(kind, "owner kind");
        Require.positive(id, "owner id");
    }

    public static ContractOwner of(CharacterId characterId) {
        return new ContractOwner(Kind.CHARACTER, characterId.value());
    }

    public static ContractOwner of(CorporationId corporationId) {
        return new ContractOwner(Kind.CORPORATION, corporationId.value());
    }
}
