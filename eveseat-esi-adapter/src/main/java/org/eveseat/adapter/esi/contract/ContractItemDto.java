package org.eveseat.adapter.esi.contract;

/**
 * An item of a contract: parties see {@code is_singleton} and {@code raw_quantity}, the public listing the item
 * id and the blueprint fields instead.
 */
public record ContractItemDto(long recordId, long typeId, long quantity, boolean isIncluded, Boolean isSingleton,
                              Long rawQuantity, Long itemId, Boolean isBlueprintCopy, Integer materialEfficiency,
                              Integer timeEfficiency, Integer runs) {
}
