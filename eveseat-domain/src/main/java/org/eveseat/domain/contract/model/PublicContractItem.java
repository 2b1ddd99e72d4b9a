package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * An item stack in a public contract. The item id is null for items the issuer asks for; the blueprint fields are
 * only set for blueprints ({@code runs} -1 for an original).
 */
public record PublicContractItem(long recordId, TypeId typeId, long quantity, boolean included, Long itemId,
                                 Boolean blueprintCopy, Integer materialEfficiency, Integer timeEfficiency,
                                 Integer runs) {
    public PublicContractItem {
        Require.positive(recordId, "record id");
        Require.present(typeId, "type id");
        Require.positive(quantity, "quantity");
        Require.positiveIfPresent(itemId, "item id");
    }
}
