package org.eveseat.domain.contract.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;

/**
 * The check every contract query starts with: someone else's character, and a contract not on the character's
 * list, look like ones that do not exist.
 */
final class CharacterContracts {
    private final CharacterVisibilityQuery visibility;
    private final ContractRepository contracts;

    CharacterContracts(CharacterVisibilityQuery visibility, ContractRepository contracts) {
        this.visibility = visibility;
        this.contracts = contracts;
    }

    ContractOwner visibleOwner(Viewer viewer, CharacterId characterId) {
        if (!visibility.canSee(viewer, characterId)) {
            throw new NotFoundException("character " + characterId + " not found");
        }
        return ContractOwner.of(characterId);
    }

    Contract visibleContract(Viewer viewer, CharacterId characterId, long contractId) {
        return contracts.find(visibleOwner(viewer, characterId), contractId).orElseThrow(
                () -> new NotFoundException("contract " + contractId + " of character " + characterId + " not found"));
    }

    ContractRepository repository() {
        return contracts;
    }
}
