package org.eveseat.domain.contract.service;

import java.util.Locale;

import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;

/**
 * The check every contract query starts with: a list the viewer may not read, and a contract not on the list,
 * look like ones that do not exist.
 */
final class VisibleContracts {
    private final ContractAccess access;
    private final ContractRepository contracts;

    VisibleContracts(ContractAccess access, ContractRepository contracts) {
        this.access = access;
        this.contracts = contracts;
    }

    ContractOwner visibleOwner(Viewer viewer, ContractOwner owner) {
        if (!access.canSee(viewer, owner)) {
            throw new NotFoundException(owner.kind().name().toLowerCase(Locale.ROOT) + " " + owner.id()
                    + " not found");
        }
        return owner;
    }

    Contract visibleContract(Viewer viewer, ContractOwner owner, long contractId) {
        return contracts.find(visibleOwner(viewer, owner), contractId).orElseThrow(
                () -> new NotFoundException("contract " + contractId + " of " + owner.kind().name()
                        .toLowerCase(Locale.ROOT) + " " + owner.id() + " not found"));
    }

    ContractRepository repository() {
        return contracts;
    }
}
