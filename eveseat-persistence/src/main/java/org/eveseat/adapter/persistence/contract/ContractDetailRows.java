package org.eveseat.adapter.persistence.contract;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.TypeId;

/** The columns of {@code public_contract_item} and of both bid tables, after the key columns. */
final class ContractDetailRows {
    static final String ITEM = "record_id, type_id, quantity, included, item_id, blueprint_copy, "
            + "material_efficiency, time_efficiency, runs";
    static final String BID = "bid_id, bidder_id, amount, date_bid";

    private ContractDetailRows() {
    }

    /** Binds the {@link #ITEM} columns from parameter 2 (1 is the contract id). */
    static void bind(PreparedStatement s, PublicContractItem item) throws SQLException {
        s.setLong(2, item.recordId());
        s.setLong(3, item.typeId().value());
        s.setLong(4, item.quantity());
        s.setBoolean(5, item.included());
        s.setObject(6, item.itemId(), Types.BIGINT);
        s.setObject(7, item.blueprintCopy(), Types.BOOLEAN);
        s.setObject(8, item.materialEfficiency(), Types.INTEGER);
        s.setObject(9, item.timeEfficiency(), Types.INTEGER);
        s.setObject(10, item.runs(), Types.INTEGER);
    }

    /** Binds the {@link #BID} columns from parameter {@code first} (the key columns come before). */
    static void bind(PreparedStatement s, int first, ContractBid bid) throws SQLException {
        s.setLong(first, bid.bidId());
        s.setObject(first + 1, bid.bidderId() == null ? null : bid.bidderId().value(), Types.BIGINT);
        s.setBigDecimal(first + 2, bid.amount().amount());
        s.setObject(first + 3, Timestamps.toColumn(bid.dateBid()));
    }

    /** Reads the {@link #ITEM} columns from column 1. */
    static PublicContractItem item(ResultSet rs) throws SQLException {
        return new PublicContractItem(rs.getLong(1), new TypeId(rs.getLong(2)), rs.getLong(3), rs.getBoolean(4),
                rs.getObject(5, Long.class), rs.getObject(6, Boolean.class), rs.getObject(7, Integer.class),
                rs.getObject(8, Integer.class), rs.getObject(9, Integer.class));
    }

    /** Reads the {@link #BID} columns from column 1. */
    static ContractBid bid(ResultSet rs) throws SQLException {
        Long bidder = rs.getObject(2, Long.class);
        return new ContractBid(rs.getLong(1), bidder == null ? null : new CharacterId(bidder),
                OfferColumns.isk(rs.getBigDecimal(3)), OfferColumns.instant(rs, 4));
    }
}
