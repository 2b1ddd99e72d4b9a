package org.eveseat.adapter.persistence.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.port.out.ContractRepository;

/**
 * Character and corporation contracts in plain JDBC: a sync upserts the whole list as one batch and the keyset
 * listing is one query. Inserts of items and bids are {@code on conflict do nothing}, so a repeated sync writes
 * nothing twice; each method is one transaction, so items are never stored without their "fetched" mark.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcContractRepository extends JdbcRepository implements ContractRepository {

    protected JdbcContractRepository() {
        // for CDI
    }

    public JdbcContractRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void save(ContractOwner owner, List<Contract> contracts) {
        sql().batch(ContractRows.UPSERT, contracts, (s, contract) -> ContractRows.bind(s, owner, contract));
    }

    @Override
    public List<Long> pendingDetails(ContractOwner owner) {
        return sql().query("select contract_id from contract where " + ContractRows.KEY
                + " and details_fetched_at is null order by contract_id", s -> ContractRows.bindOwner(s, owner),
                rs -> rs.getLong(1));
    }

    @Override
    public void saveItems(ContractOwner owner, long contractId, List<ContractItem> items, Instant fetchedAt) {
        sql().batch("insert into contract_item (owner_kind, owner_id, contract_id, " + ContractRows.ITEM
                + ") values (?, ?, ?" + ", ?".repeat(6) + ") on conflict do nothing", items, (s, item) -> {
                    ContractRows.bindContract(s, owner, contractId);
                    ContractRows.bind(s, item);
                });
        sql().update("update contract set details_fetched_at = coalesce(details_fetched_at, ?)"
                + " where owner_kind = ? and owner_id = ? and contract_id = ?", s -> {
                    s.setObject(1, Timestamps.toColumn(fetchedAt));
                    s.setString(2, owner.kind().name());
                    s.setLong(3, owner.id());
                    s.setLong(4, contractId);
                });
    }

    @Override
    public void saveBids(ContractOwner owner, long contractId, List<ContractBid> bids) {
        sql().batch("insert into contract_bid (owner_kind, owner_id, contract_id, " + ContractDetailRows.BID
                + ") values (?, ?, ?" + ", ?".repeat(4) + ") on conflict do nothing", bids, (s, bid) -> {
                    ContractRows.bindContract(s, owner, contractId);
                    ContractDetailRows.bind(s, 4, bid);
                });
    }

    @Override
    public ContractPage list(ContractOwner owner, ContractSearch search, Instant now) {
        ContractSearchSql query = new ContractSearchSql(owner, search, now);
        return ContractPage.of(sql().query(query.sql(), query.binder(), ContractRows::contract), search);
    }

    @Override
    public Optional<Contract> find(ContractOwner owner, long contractId) {
        return sql().query("select " + ContractRows.COLUMNS + " from contract" + ContractRows.OF_CONTRACT,
                s -> ContractRows.bindContract(s, owner, contractId), ContractRows::contract).stream().findFirst();
    }

    @Override
    public List<ContractItem> items(ContractOwner owner, long contractId) {
        return sql().query("select " + ContractRows.ITEM + " from contract_item" + ContractRows.OF_CONTRACT
                + " order by record_id", s -> ContractRows.bindContract(s, owner, contractId), ContractRows::item);
    }

    @Override
    public List<ContractBid> bids(ContractOwner owner, long contractId) {
        return sql().query("select " + ContractDetailRows.BID + " from contract_bid" + ContractRows.OF_CONTRACT
                + " order by bid_id desc", s -> ContractRows.bindContract(s, owner, contractId),
                ContractDetailRows::bid);
    }

}
