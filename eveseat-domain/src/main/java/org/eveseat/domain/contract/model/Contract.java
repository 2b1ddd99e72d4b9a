package org.eveseat.domain.contract.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/**
 * A contract a character or corporation is party to: the offer plus its progress. Assignee and acceptor are a
 * character, corporation or alliance, null where there is none (ESI says 0). Dates not reached yet are null.
 */
public record Contract(ContractOffer offer, ContractStatus status, ContractAvailability availability,
                       Long assigneeId, Long acceptorId, Instant dateAccepted, Instant dateCompleted) {
    public Contract {
        Require.present(offer, "contract offer");
        Require.present(status, "contract status");
        Require.present(availability, "contract availability");
        Require.positiveIfPresent(assigneeId, "assignee id");
        Require.positiveIfPresent(acceptorId, "acceptor id");
    }

    public long contractId() {
        return offer.contractId();
    }
}
