package org.eveseat.adapter.persistence.contract;

import static org.eveseat.adapter.persistence.contract.SqlConditions.value;

import java.util.Set;

import org.eveseat.domain.contract.model.PublicContractSearch;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.shared.TypeId;

/**
 * The conditions of a public contract search. The region's outstanding contracts are an index range
 * ({@code ix_public_contract_outstanding}, newest first); an item type filter is a semi-join on the item table's
 * type index, with the type ids bound as one array.
 */
final class PublicContractSearchSql {
    private final PublicContractSearch search;
    private final Set<TypeId> itemTypes;

    PublicContractSearchSql(PublicContractSearch search, Set<TypeId> itemTypes) {
        this.search = search;
        this.itemTypes = itemTypes;
    }

    SqlConditions conditions() {
        return new SqlConditions()
                .add("region_id = ?", value(search.regionId().value()))
                .add("status = ?", value(PublicContractStatus.OUTSTANDING.name()))
                .addIf(search.type(), "type = ?", value(String.valueOf(search.type())))
                .price(search.price())
                .addIf(search.afterContractId(), "contract_id < ?", (s, i) -> s.setLong(i, search.afterContractId()))
                .addIf(itemTypes, "contract_id in (select i.contract_id from public_contract_item i"
                        + " where i.type_id = any(?))", (s, i) -> s.setArray(i, s.getConnection()
                        .createArrayOf("bigint", itemTypes.stream().map(TypeId::value).toArray(Long[]::new))));
    }
}
