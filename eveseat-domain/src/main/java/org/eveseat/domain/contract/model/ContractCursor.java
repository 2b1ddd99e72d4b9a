package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * A position in a contract listing: the sort key of the last contract of a page and its id, which together are
 * unique, so a page boundary never skips or repeats a contract. Text form {@code <key>-<contract id>}; a cursor
 * only makes sense with the sort it came from.
 */
public record ContractCursor(long key, long contractId) {
    public ContractCursor {
        Require.notNegative(key, "cursor key");
        Require.positive(contractId, "cursor contract id");
    }

    public static ContractCursor of(Contract contract, ContractSort sort) {
        return new ContractCursor(sort.key(contract), contract.contractId());
    }

    public static ContractCursor parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("-", -1);
        try {
            if (parts.length == 2) {
                return new ContractCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException e) {
            // reported below like any other malformed cursor
        }
        throw new RuleViolationException("cursor must look like <key>-<contract id>, was '" + text + "'");
    }

    /** True if {@code contract} comes after this cursor in the given order. */
    public boolean precedes(Contract contract, ContractSort sort) {
        long key = sort.key(contract);
        int byKey = key != this.key ? Long.compare(key, this.key) : Long.compare(contract.contractId(), contractId);
        return sort.descending() ? byKey < 0 : byKey > 0;
    }

    @Override
    public String toString() {
        return key + "-" + contractId;
    }
}
