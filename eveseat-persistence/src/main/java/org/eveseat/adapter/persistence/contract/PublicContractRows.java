package org.eveseat.adapter.persistence.contract;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;

/** The columns of {@code public_contract}: an offer bound into a statement, and a stored contract read back. */
final class PublicContractRows {
    /** What the listing says; rewritten whenever a walk sees the contract again. */
    static final List<String> OFFER = List.of("region_id", "issuer_id", "issuer_corporation_id", "for_corporation",
            "type", "title", "price", "buyout", "reward", "collateral", "volume", "days_to_complete",
            "start_location_id", "end_location_id", "date_issued", "date_expired");
    static final String COLUMNS = "contract_id, " + String.join(", ", OFFER)
            + ", status, last_seen, details_fetched_at, closed_at";

    private PublicContractRows() {
    }

    static String offerUpdates() {
        return OFFER.stream().map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));
    }

    /** Binds contract id and the {@link #OFFER} columns, in order, from parameter 1. */
    static void bindOffer(PreparedStatement s, RegionId regionId, ContractOffer offer) throws SQLException {
        ContractTerms terms = offer.terms();
        s.setLong(1, offer.contractId());
        s.setLong(2, regionId.value());
        s.setLong(3, offer.issuerId().value());
        s.setLong(4, offer.issuerCorporationId().value());
        s.setBoolean(5, offer.forCorporation());
        s.setString(6, terms.type().name());
        s.setString(7, terms.title());
        s.setBigDecimal(8, amount(terms.price()));
        s.setBigDecimal(9, amount(terms.buyout()));
        s.setBigDecimal(10, amount(terms.reward()));
        s.setBigDecimal(11, amount(terms.collateral()));
        s.setObject(12, terms.volume(), Types.DOUBLE);
        s.setObject(13, terms.daysToComplete(), Types.INTEGER);
        s.setObject(14, terms.startLocationId(), Types.BIGINT);
        s.setObject(15, terms.endLocationId(), Types.BIGINT);
        s.setObject(16, Timestamps.toColumn(offer.dateIssued()));
        s.setObject(17, Timestamps.toColumn(offer.dateExpired()));
    }

    /** Reads the columns in {@link #COLUMNS} order. */
    static PublicContract contract(ResultSet rs) throws SQLException {
        ContractTerms terms = new ContractTerms(ContractType.valueOf(rs.getString(6)), rs.getString(7),
                isk(rs.getBigDecimal(8)), isk(rs.getBigDecimal(9)), isk(rs.getBigDecimal(10)),
                isk(rs.getBigDecimal(11)), rs.getObject(12, Double.class), rs.getObject(13, Integer.class),
                rs.getObject(14, Long.class), rs.getObject(15, Long.class));
        ContractOffer offer = new ContractOffer(rs.getLong(1), new CharacterId(rs.getLong(3)),
                new CorporationId(rs.getLong(4)), rs.getBoolean(5), terms, instant(rs, 16), instant(rs, 17));
        return new PublicContract(offer, new RegionId(rs.getLong(2)), PublicContractStatus.valueOf(rs.getString(18)),
                instant(rs, 19), instant(rs, 20), instant(rs, 21));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return Timestamps.fromColumn(rs.getObject(column, OffsetDateTime.class));
    }

    static BigDecimal amount(Isk isk) {
        return isk == null ? null : isk.amount();
    }

    static Isk isk(BigDecimal amount) {
        return amount == null ? null : new Isk(amount);
    }
}
