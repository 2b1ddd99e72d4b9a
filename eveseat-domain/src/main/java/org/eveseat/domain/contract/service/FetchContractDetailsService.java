package org.eveseat.domain.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.contract.port.in.ContractDetailsOutcome;
import org.eveseat.domain.contract.port.in.FetchContractDetailsUseCase;
import org.eveseat.domain.contract.port.out.ContractEsi;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.NotPermittedException;

/**
 * Fetches what the listing leaves out: the items of a new contract and, for an auction, its bids. Items never change,
 * so they are fetched once. Every contract has items; an empty answer (ESI's 204), a 404 or a 403 mean it left the
 * public listing since the walk saw it, so it is closed rather than asked for again.
 */
public class FetchContractDetailsService implements FetchContractDetailsUseCase {
    private final ContractEsi esi;
    private final PublicContractRepository contracts;
    private final Clock clock;

    public FetchContractDetailsService(ContractEsi esi, PublicContractRepository contracts, Clock clock) {
        this.esi = esi;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public ContractDetailsOutcome fetch(long contractId) {
        PublicContract contract = contracts.find(contractId).orElseThrow(
                () -> new NotFoundException("public contract " + contractId + " is not stored"));
        if (contract.detailsFetched()) {
            return ContractDetailsOutcome.ALREADY_STORED;
        }
        Optional<List<PublicContractItem>> items = listed(() -> esi.publicContractItems(contractId));
        if (items.isEmpty()) {
            return ContractDetailsOutcome.DEFERRED;
        }
        Instant now = clock.instant();
        if (items.get().isEmpty()) {
            contracts.storeDetails(contractId, List.of(), List.of(), now);
            contracts.close(contractId, PublicContractStatus.vanished(contract.offer().dateExpired(), now), now);
            return ContractDetailsOutcome.GONE;
        }
        List<ContractBid> bids = contract.offer().terms().type() == ContractType.AUCTION
                ? listed(() -> esi.publicContractBids(contractId)).orElse(List.of()) : List.of();
        contracts.storeDetails(contractId, items.get(), bids, now);
        return ContractDetailsOutcome.STORED;
    }

    /** The list ESI sent; empty when the contract is gone; none when ESI sent no body (not due, or a 304). */
    private static <T> Optional<List<T>> listed(Supplier<EsiResult<List<T>>> read) {
        try {
            return read.get() instanceof EsiResult.Fresh<List<T>> fresh ? Optional.of(fresh.value()) : Optional.empty();
        } catch (NotFoundException | NotPermittedException e) {
            return Optional.of(List.of());
        }
    }
}
