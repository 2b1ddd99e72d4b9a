package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.EsiEnum;

/** To whom a contract is offered. UNKNOWN stands for an availability ESI added later. */
public enum ContractAvailability implements EsiEnum {
    PUBLIC, PERSONAL, CORPORATION, ALLIANCE, UNKNOWN;

    public static ContractAvailability fromEsi(String value) {
        return EsiEnum.lenient(ContractAvailability.class, value, UNKNOWN);
    }
}
