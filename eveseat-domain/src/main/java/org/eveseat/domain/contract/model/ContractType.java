package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.EsiEnum;

/** The kind of a contract. ESI itself reports {@code unknown} for some, and it stands for kinds added later too. */
public enum ContractType implements EsiEnum {
    ITEM_EXCHANGE, AUCTION, COURIER, LOAN, UNKNOWN;

    public static ContractType fromEsi(String value) {
        return EsiEnum.lenient(ContractType.class, value, UNKNOWN);
    }
}
