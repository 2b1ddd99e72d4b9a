package org.eveseat.domain.contract.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;

/** A contract as its issuer put it up; this is all a public contract listing shows. */
public record ContractOffer(long contractId, CharacterId issuerId, CorporationId issuerCorporationId,
                            boolean forCorporation, ContractTerms terms, Instant dateIssued, Instant dateExpired) {
    public ContractOffer {
        Require.positive(contractId, "contract id");
        Require.present(issuerId, "issuer");
        Require.present(issuerCorporationId, "issuer corporation");
        Require.present(terms, "contract terms");
        Require.present(dateIssued, "date issued");
        Require.present(dateExpired, "date expired");
    }
}
