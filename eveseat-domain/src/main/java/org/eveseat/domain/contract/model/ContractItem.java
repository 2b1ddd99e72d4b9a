package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * An item stack in a contract the character or corporation is party to. {@code included}: the issuer gives it
 * (true) or asks for it (false). {@code rawQuantity} is ESI's hint on singletons and blueprint copies, or null.
 */
public record ContractItem(long recordId, TypeId typeId, long quantity, boolean included, boolean singleton,
                           Long rawQuantity) {
    public ContractItem {
        Require.positive(recordId, "record id");
        Require.present(typeId, "type id");
        Require.positive(quantity, "quantity");
    }
}
