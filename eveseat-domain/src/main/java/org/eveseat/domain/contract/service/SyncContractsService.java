package org.eveseat.domain.contract.service;

import java.time.Clock;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.in.SyncContractsUseCase;
import org.eveseat.domain.contract.port.out.ContractEsi;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SyncOutcome;

/** Syncs a character's contracts with the character's own token; the next sync is due when the list expires. */
public class SyncContractsService implements SyncContractsUseCase {
    private final ContractEsi esi;
    private final ContractSync sync;

    public SyncContractsService(AccessTokenQuery accessTokens, ContractEsi esi, ContractRepository contracts,
                                AlertLog alerts, EventPublisher events, Clock clock) {
        this.esi = esi;
        this.sync = new ContractSync(accessTokens, contracts, alerts, events, clock);
    }

    @Override
    public SyncOutcome sync(CharacterId characterId) {
        return sync.sync(ContractOwner.of(characterId), characterId, token -> new ContractSync.Reads(
                () -> esi.characterContracts(characterId, token),
                contractId -> esi.characterContractItems(characterId, contractId, token),
                contractId -> esi.characterContractBids(characterId, contractId, token)));
    }
}
