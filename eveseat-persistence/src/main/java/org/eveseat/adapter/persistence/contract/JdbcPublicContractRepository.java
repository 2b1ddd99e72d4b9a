package org.eveseat.adapter.persistence.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.contract.model.PublicContractSearch;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Public contracts in plain JDBC: a walk upserts a thousand contracts per page and closes the unseen with one
 * update per region, which entity-by-entity JPA would turn into thousands of statements. Every insert is keyed and
 * {@code on conflict}, so a re-run page or chunk writes nothing twice. Transactions are the caller's.
 */
@ApplicationScoped
public class JdbcPublicContractRepository extends JdbcRepository implements PublicContractRepository {
    private static final String OUTSTANDING = "status = '" + PublicContractStatus.OUTSTANDING + "'";
    private static final String UPSERT = "insert into public_contract (contract_id, "
            + String.join(", ", PublicContractRows.OFFER) + ", status, last_seen) values (?" + ", ?".repeat(16)
            + ", '" + PublicContractStatus.OUTSTANDING + "', ?) on conflict (contract_id) do update set "
            + PublicContractRows.offerUpdates() + ", status = excluded.status, closed_at = null, "
            + "last_seen = greatest(public_contract.last_seen, excluded.last_seen)";
    private static final String UNSEEN = " where region_id = ? and " + OUTSTANDING + " and last_seen < ?";


    protected JdbcPublicContractRepository() {
        // for CDI
    }

    public JdbcPublicContractRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void upsert(RegionId regionId, List<ContractOffer> offers, Instant seenAt) {
        sql().batch(UPSERT, offers, (s, offer) -> {
            PublicContractRows.bindOffer(s, regionId, offer);
            s.setObject(18, Timestamps.toColumn(seenAt));
        });
    }

    @Override
    public Optional<PublicContract> find(long contractId) {
        return sql().query("select " + PublicContractRows.COLUMNS + " from public_contract where contract_id = ?",
                s -> s.setLong(1, contractId), PublicContractRows::contract).stream().findFirst();
    }

    @Override
    public List<Long> pendingDetails(RegionId regionId, long afterContractId, int limit) {
        return sql().query("select contract_id from public_contract where region_id = ? and details_fetched_at is null"
                + " and " + OUTSTANDING + " and contract_id > ? order by contract_id limit ?", s -> {
                    s.setLong(1, regionId.value());
                    s.setLong(2, afterContractId);
                    s.setInt(3, limit);
                }, rs -> rs.getLong(1));
    }

    @Override
    public void storeDetails(long contractId, List<PublicContractItem> items, List<ContractBid> bids,
                             Instant fetchedAt) {
        sql().batch("insert into public_contract_item (contract_id, " + ContractDetailRows.ITEM + ") values (?"
                + ", ?".repeat(9) + ") on conflict do nothing", items, (s, item) -> {
                    s.setLong(1, contractId);
                    ContractDetailRows.bind(s, item);
                });
        sql().batch("insert into public_contract_bid (contract_id, " + ContractDetailRows.BID + ") values (?"
                + ", ?".repeat(4) + ") on conflict do nothing", bids, (s, bid) -> {
                    s.setLong(1, contractId);
                    ContractDetailRows.bind(s, 2, bid);
                });
        sql().update("update public_contract set details_fetched_at = coalesce(details_fetched_at, ?) "
                + "where contract_id = ?", s -> {
                    s.setObject(1, Timestamps.toColumn(fetchedAt));
                    s.setLong(2, contractId);
                });
    }

    @Override
    public void close(long contractId, PublicContractStatus status, Instant closedAt) {
        sql().update("update public_contract set status = ?, closed_at = ? where contract_id = ? and " + OUTSTANDING,
                s -> {
                    s.setString(1, status.name());
                    s.setObject(2, Timestamps.toColumn(closedAt));
                    s.setLong(3, contractId);
                });
    }

    @Override
    public int expireUnseen(RegionId regionId, Instant seenBefore, Instant now) {
        return closeUnseen(PublicContractStatus.EXPIRED, regionId, seenBefore, now, " and date_expired <= ?");
    }

    @Override
    public int closeUnseen(RegionId regionId, Instant seenBefore, Instant closedAt) {
        return closeUnseen(PublicContractStatus.GONE, regionId, seenBefore, closedAt, "");
    }

    @Override
    public List<PublicContractItem> items(long contractId) {
        return sql().query("select " + ContractDetailRows.ITEM + " from public_contract_item where contract_id = ? "
                + "order by record_id", s -> s.setLong(1, contractId), ContractDetailRows::item);
    }

    @Override
    public List<ContractBid> bids(long contractId) {
        return sql().query("select " + ContractDetailRows.BID + " from public_contract_bid where contract_id = ? "
                + "order by bid_id", s -> s.setLong(1, contractId), ContractDetailRows::bid);
    }

    @Override
    public List<PublicContract> search(PublicContractSearch search, Set<TypeId> itemTypes) {
        SqlConditions where = new PublicContractSearchSql(search, itemTypes).conditions();
        return sql().query("select " + PublicContractRows.COLUMNS + " from public_contract" + where.where()
                + " order by contract_id desc limit ?", where.binder(search.limit() + 1), PublicContractRows::contract);
    }

    /** {@code expiredBy}, when not empty, also requires the expiry date to have passed by {@code closedAt}. */
    private int closeUnseen(PublicContractStatus status, RegionId regionId, Instant seenBefore, Instant closedAt,
                            String expiredBy) {
        return sql().update("update public_contract set status = ?, closed_at = ?" + UNSEEN + expiredBy, s -> {
            s.setString(1, status.name());
            s.setObject(2, Timestamps.toColumn(closedAt));
            s.setLong(3, regionId.value());
            s.setObject(4, Timestamps.toColumn(seenBefore));
            if (!expiredBy.isEmpty()) {
                s.setObject(5, Timestamps.toColumn(closedAt));
            }
        });
    }

}
