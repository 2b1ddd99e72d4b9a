package org.eveseat.adapter.persistence.contract;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.shared.RegionId;

/** The columns of {@code public_contract}: an offer bound into a statement, and a stored contract read back. */
final class PublicContractRows {
    /** What the listing says; rewritten whenever a walk sees the contract again. */
    static final List<String> OFFER = offer();
    static final String COLUMNS = "contract_id, " + String.join(", ", OFFER)
            + ", status, last_seen, details_fetched_at, closed_at";

    private PublicContractRows() {
    }

    private static List<String> offer() {
        List<String> columns = new ArrayList<>(List.of("region_id"));
        columns.addAll(OfferColumns.NAMES);
        return List.copyOf(columns);
    }

    static String offerUpdates() {
        return OFFER.stream().map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));
    }

    /** Binds contract id and the {@link #OFFER} columns, in order, from parameter 1. */
    static void bindOffer(PreparedStatement s, RegionId regionId, ContractOffer offer) throws SQLException {
        s.setLong(1, offer.contractId());
        s.setLong(2, regionId.value());
        OfferColumns.bind(s, 3, offer);
    }

    /** Reads the columns in {@link #COLUMNS} order. */
    static PublicContract contract(ResultSet rs) throws SQLException {
        ContractOffer offer = OfferColumns.read(rs, rs.getLong(1), 3);
        return new PublicContract(offer, new RegionId(rs.getLong(2)), PublicContractStatus.valueOf(rs.getString(18)),
                OfferColumns.instant(rs, 19), OfferColumns.instant(rs, 20), OfferColumns.instant(rs, 21));
    }
}
