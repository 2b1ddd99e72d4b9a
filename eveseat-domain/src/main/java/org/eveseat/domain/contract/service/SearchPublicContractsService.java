package org.eveseat.domain.contract.service;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.contract.model.PublicContractPage;
import org.eveseat.domain.contract.model.PublicContractSearch;
import org.eveseat.domain.contract.port.in.SearchPublicContractsQuery;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.port.in.TypeNameSearchQuery;

/**
 * Searches stored public contracts. An item type name becomes the ids of the types it names first, so the
 * database matches ids with an index instead of names; a name that matches too many types is too vague to help.
 */
public class SearchPublicContractsService implements SearchPublicContractsQuery {
    static final int MAX_ITEM_TYPES = 500;

    private final PublicContractRepository contracts;
    private final TypeNameSearchQuery typeNames;

    public SearchPublicContractsService(PublicContractRepository contracts, TypeNameSearchQuery typeNames) {
        this.contracts = contracts;
        this.typeNames = typeNames;
    }

    @Override
    public PublicContractPage search(PublicContractSearch search) {
        Set<TypeId> itemTypes = search.itemTypeName() == null ? null
                : typeNames.typesNamed(search.itemTypeName(), MAX_ITEM_TYPES);
        if (itemTypes != null && itemTypes.isEmpty()) {
            return new PublicContractPage(List.of(), null);
        }
        return PublicContractPage.of(contracts.search(search, itemTypes), search.limit());
    }
}
