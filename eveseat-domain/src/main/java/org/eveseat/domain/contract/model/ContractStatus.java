package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.EsiEnum;

/** Where a contract stands. UNKNOWN stands for a status ESI added later. */
public enum ContractStatus implements EsiEnum {
    OUTSTANDING, IN_PROGRESS, FINISHED_ISSUER, FINISHED_CONTRACTOR, FINISHED, CANCELLED, REJECTED, FAILED, DELETED,
    REVERSED, UNKNOWN;

    public static ContractStatus fromEsi(String value) {
        return EsiEnum.lenient(ContractStatus.class, value, UNKNOWN);
    }
}
