package org.eveseat.adapter.persistence.contract;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;

/** The columns of a contract offer, which the public and the character/corporation tables share, in order. */
final class OfferColumns {
    static final List<String> NAMES = List.of("issuer_id", "issuer_corporation_id", "for_corporation", "type",
            "title", "price", "buyout", "reward", "collateral", "volume", "days_to_complete", "start_location_id",
            "end_location_id", "date_issued", "date_expired");

    private OfferColumns() {
    }

    /** Binds the {@link #NAMES} columns (not the contract id) from parameter {@code first}. */
    static void bind(PreparedStatement s, int first, ContractOffer offer) throws SQLException {
        ContractTerms terms = offer.terms();
        s.setLong(first, offer.issuerId().value());
        s.setLong(first + 1, offer.issuerCorporationId().value());
        s.setBoolean(first + 2, offer.forCorporation());
        s.setString(first + 3, terms.type().name());
        s.setString(first + 4, terms.title());
        s.setBigDecimal(first + 5, amount(terms.price()));
        s.setBigDecimal(first + 6, amount(terms.buyout()));
        s.setBigDecimal(first + 7, amount(terms.reward()));
        s.setBigDecimal(first + 8, amount(terms.collateral()));
        s.setObject(first + 9, terms.volume(), Types.DOUBLE);
        s.setObject(first + 10, terms.daysToComplete(), Types.INTEGER);
        s.setObject(first + 11, terms.startLocationId(), Types.BIGINT);
        s.setObject(first + 12, terms.endLocationId(), Types.BIGINT);
        s.setObject(first + 13, Timestamps.toColumn(offer.dateIssued()));
        s.setObject(first + 14, Timestamps.toColumn(offer.dateExpired()));
    }

    /** Reads the {@link #NAMES} columns from column {@code first}. */
    static ContractOffer read(ResultSet rs, long contractId, int first) throws SQLException {
        ContractTerms terms = new ContractTerms(ContractType.valueOf(rs.getString(first + 3)),
                rs.getString(first + 4), isk(rs.getBigDecimal(first + 5)), isk(rs.getBigDecimal(first + 6)),
                isk(rs.getBigDecimal(first + 7)), isk(rs.getBigDecimal(first + 8)),
                rs.getObject(first + 9, Double.class), rs.getObject(first + 10, Integer.class),
                rs.getObject(first + 11, Long.class), rs.getObject(first + 12, Long.class));
        return new ContractOffer(contractId, new CharacterId(rs.getLong(first)),
                new CorporationId(rs.getLong(first + 1)), rs.getBoolean(first + 2), terms, instant(rs, first + 13),
                instant(rs, first + 14));
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
