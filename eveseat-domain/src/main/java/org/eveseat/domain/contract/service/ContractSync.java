package org.eveseat.domain.contract.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/**
 * The sync of one owner's contracts, whoever the owner is. The list is stored first; then the items of every
 * contract whose details were never stored (new ones, and ones an earlier sync failed to finish), then bids of
 * auctions that are new or still outstanding. Every step is stored as it arrives, so a failure keeps what came.
 */
final class ContractSync {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    /** How one owner's contracts, items and bids are read from ESI with a token. */
    record Reads(Supplier<EsiResult<List<Contract>>> contracts, LongFunction<EsiResult<List<ContractItem>>> items,
                 LongFunction<EsiResult<List<ContractBid>>> bids) {
    }

    private final AccessTokenQuery accessTokens;
    private final ContractRepository contracts;
    private final ContractChanges changes;
    private final ContractExpiryAlerts expiry;
    private final Clock clock;

    ContractSync(AccessTokenQuery accessTokens, ContractRepository contracts, AlertLog alerts, EventPublisher events,
            Clock clock) {
        this.accessTokens = accessTokens;
        this.contracts = contracts;
        this.changes = new ContractChanges(contracts, events, clock);
        this.expiry = new ContractExpiryAlerts(contracts, alerts, events, clock);
        this.clock = clock;
    }

    /** Never throws: a revoked token or a failed call becomes the outcome. */
    SyncOutcome sync(ContractOwner owner, CharacterId tokenOf, Function<AccessToken, Reads> reads) {
        try {
            return sync(owner, reads.apply(accessTokens.accessTokenFor(tokenOf)));
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }

    private SyncOutcome sync(ContractOwner owner, Reads esi) {
        EsiResult<List<Contract>> listed = esi.contracts().get();
        List<Contract> fresh = listed instanceof EsiResult.Fresh<List<Contract>> f ? f.value() : List.of();
        changes.announce(owner, fresh);
        contracts.save(owner, fresh);
        List<Long> pending = contracts.pendingDetails(owner);
        pending.forEach(contractId -> storeItems(owner, esi, contractId));
        fresh.stream().filter(c -> c.offer().terms().type() == ContractType.AUCTION)
                .filter(c -> c.status() == ContractStatus.OUTSTANDING || pending.contains(c.contractId()))
                .forEach(auction -> {
                    if (esi.bids().apply(auction.contractId()) instanceof EsiResult.Fresh<List<ContractBid>> bids) {
                        contracts.saveBids(owner, auction.contractId(), bids.value());
                    }
                });
        expiry.check(owner);
        Status status = !fresh.isEmpty() || !pending.isEmpty() ? Status.UPDATED
                : listed instanceof EsiResult.NotDue ? Status.NOT_DUE : Status.UNCHANGED;
        return SyncOutcome.of(status, listed.expires());
    }

    /** A contract ESI no longer has (404) keeps no items and is not asked for again. */
    private void storeItems(ContractOwner owner, Reads esi, long contractId) {
        try {
            if (esi.items().apply(contractId) instanceof EsiResult.Fresh<List<ContractItem>> items) {
                contracts.saveItems(owner, contractId, items.value(), clock.instant());
            }
        } catch (NotFoundException e) {
            contracts.saveItems(owner, contractId, List.of(), clock.instant());
        }
    }
}
