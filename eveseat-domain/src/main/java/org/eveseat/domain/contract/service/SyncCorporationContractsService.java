package org.eveseat.domain.contract.service;

import java.time.Clock;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.in.SyncCorporationContractsUseCase;
import org.eveseat.domain.contract.port.out.ContractEsi;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;

/**
 * Syncs a corporation's contracts with a member's token. ESI checks the member's roles itself; its 403 comes back
 * as a FAILED outcome naming the refusal, which the schedule shows.
 */
public class SyncCorporationContractsService implements SyncCorporationContractsUseCase {
    private final ContractEsi esi;
    private final ContractSync sync;

    public SyncCorporationContractsService(AccessTokenQuery accessTokens, ContractEsi esi,
                                           ContractRepository contracts, AlertLog alerts, EventPublisher events,
                                           Clock clock) {
        this.esi = esi;
        this.sync = new ContractSync(accessTokens, contracts, alerts, events, clock);
    }

    @Override
    public SyncOutcome sync(CorporationId corporationId, CharacterId viaCharacterId) {
        return sync.sync(ContractOwner.of(corporationId), viaCharacterId, token -> new ContractSync.Reads(
                () -> esi.corporationContracts(corporationId, token),
                contractId -> esi.corporationContractItems(corporationId, contractId, token),
                contractId -> esi.corporationContractBids(corporationId, contractId, token)));
    }
}
