package org.eveseat.adapter.persistence.contract;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractAvailability;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.shared.TypeId;

/** Columns, statements and row mapping of {@code contract} and {@code contract_item}. */
final class ContractRows {
    static final String KEY = "owner_kind = ? and owner_id = ?";
    static final String OF_CONTRACT = " where " + KEY + " and contract_id = ?";
    private static final List<String> STORED = stored();
    static final String COLUMNS = String.join(", ", STORED);
    static final String UPSERT = "insert into contract (owner_kind, owner_id, " + COLUMNS + ") values (?, ?"
            + ", ?".repeat(STORED.size()) + ") on conflict (owner_kind, owner_id, contract_id) do update set "
            + STORED.stream().skip(1).map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
    static final String ITEM = "record_id, type_id, quantity, included, singleton, raw_quantity";

    private ContractRows() {
    }

    private static List<String> stored() {
        List<String> columns = new ArrayList<>(List.of("contract_id"));
        columns.addAll(OfferColumns.NAMES);
        columns.addAll(List.of("status", "availability", "assignee_id", "acceptor_id", "date_accepted",
                "date_completed"));
        return List.copyOf(columns);
    }

    /** Binds the owner to parameters 1 and 2. */
    static void bindOwner(PreparedStatement s, ContractOwner owner) throws SQLException {
        s.setString(1, owner.kind().name());
        s.setLong(2, owner.id());
    }

    static void bindContract(PreparedStatement s, ContractOwner owner, long contractId) throws SQLException {
        bindOwner(s, owner);
        s.setLong(3, contractId);
    }

    /** Binds the owner and the {@link #COLUMNS} of {@link #UPSERT}. */
    static void bind(PreparedStatement s, ContractOwner owner, Contract contract) throws SQLException {
        bindContract(s, owner, contract.contractId());
        OfferColumns.bind(s, 4, contract.offer());
        s.setString(19, contract.status().name());
        s.setString(20, contract.availability().name());
        s.setObject(21, contract.assigneeId(), Types.BIGINT);
        s.setObject(22, contract.acceptorId(), Types.BIGINT);
        s.setObject(23, Timestamps.toColumn(contract.dateAccepted()));
        s.setObject(24, Timestamps.toColumn(contract.dateCompleted()));
    }

    /** Reads the {@link #COLUMNS} from column 1. */
    static Contract contract(ResultSet rs) throws SQLException {
        return new Contract(OfferColumns.read(rs, rs.getLong(1), 2), ContractStatus.valueOf(rs.getString(17)),
                ContractAvailability.valueOf(rs.getString(18)), rs.getObject(19, Long.class),
                rs.getObject(20, Long.class), OfferColumns.instant(rs, 21), OfferColumns.instant(rs, 22));
    }

    /** Binds the {@link #ITEM} columns from parameter 4 (the key comes before). */
    static void bind(PreparedStatement s, ContractItem item) throws SQLException {
        s.setLong(4, item.recordId());
        s.setLong(5, item.typeId().value());
        s.setLong(6, item.quantity());
        s.setBoolean(7, item.included());
        s.setBoolean(8, item.singleton());
        s.setObject(9, item.rawQuantity(), Types.BIGINT);
    }

    static ContractItem item(ResultSet rs) throws SQLException {
        return new ContractItem(rs.getLong(1), new TypeId(rs.getLong(2)), rs.getLong(3), rs.getBoolean(4),
                rs.getBoolean(5), rs.getObject(6, Long.class));
    }
}
