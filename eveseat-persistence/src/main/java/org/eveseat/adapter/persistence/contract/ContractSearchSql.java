package org.eveseat.adapter.persistence.contract;

import static org.eveseat.adapter.persistence.contract.SqlConditions.value;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.contract.model.ContractCursor;
import org.eveseat.domain.contract.model.ContractFilter;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.model.ContractSort;

/**
 * The keyset query of a contract listing. Each sort key has an index of (owner, key, contract id), and the row
 * comparison {@code (key, contract_id) < (?, ?)} (or {@code >} ascending) lets PostgreSQL start the index scan at
 * the cursor. One row more than the limit is read to know whether a next page exists.
 */
final class ContractSearchSql {
    private final SqlConditions where = new SqlConditions();
    private final ContractSearch search;

    ContractSearchSql(ContractOwner owner, ContractSearch search, Instant now) {
        this.search = search;
        ContractFilter filter = search.filter();
        where.add(ContractRows.KEY, value(owner.kind().name()), value(owner.id()))
                .addIf(filter.type(), "type = ?", value(String.valueOf(filter.type())))
                .addIf(filter.status(), "status = ?", value(String.valueOf(filter.status())))
                .addIf(filter.issuerId(), "issuer_id = ?", (s, i) -> s.setLong(i, filter.issuerId()))
                .addIf(filter.assigneeId(), "assignee_id = ?", (s, i) -> s.setLong(i, filter.assigneeId()))
                .addIf(filter.locationId(), "? in (start_location_id, end_location_id)",
                        (s, i) -> s.setLong(i, filter.locationId()))
                .price(filter.price())
                .addIf(filter.expiringWithin(), "date_expired between ? and ?",
                        (s, i) -> s.setObject(i, Timestamps.toColumn(now)),
                        (s, i) -> s.setObject(i, Timestamps.toColumn(now.plus(filter.expiringWithin()))));
        ContractCursor after = search.after();
        if (after != null) {
            where.add("(" + key() + ", contract_id) " + (search.sort().descending() ? "<" : ">") + " (?, ?)",
                    (s, i) -> bindKey(s, i, after.key()), (s, i) -> s.setLong(i, after.contractId()));
        }
    }

    String sql() {
        String direction = search.sort().descending() ? " desc" : "";
        return "select " + ContractRows.COLUMNS + " from contract" + where.where() + " order by " + key() + direction
                + ", contract_id" + direction + " limit ?";
    }

    Sql.Binder binder() {
        return where.binder(search.limit() + 1);
    }

    private String key() {
        return switch (search.sort().field()) {
            case ISSUED -> "date_issued";
            case EXPIRES -> "date_expired";
            case PRICE -> "coalesce(price, 0)";
        };
    }

    private void bindKey(PreparedStatement s, int position, long key) throws SQLException {
        if (search.sort().field() == ContractSort.Field.PRICE) {
            s.setBigDecimal(position, ContractSort.fromCents(key));
        } else {
            s.setObject(position, Timestamps.toColumn(Instant.ofEpochMilli(key)));
        }
    }
}
