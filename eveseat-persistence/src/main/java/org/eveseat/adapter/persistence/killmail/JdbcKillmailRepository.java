package org.eveseat.adapter.persistence.killmail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.killmail.model.KillmailSummary;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.KeysetPage;

/**
 * Killmails in plain JDBC. The head is inserted {@code on conflict do nothing} and its attackers and items only
 * when that insert took, in one transaction: of two syncs (or nodes) storing the same killmail, one stores it and
 * only that one reports it new.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcKillmailRepository extends JdbcRepository implements KillmailRepository {

    protected JdbcKillmailRepository() {
        // for CDI
    }

    public JdbcKillmailRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void saveSeen(KillmailWitness witness, List<KillmailRef> refs, Instant seenAt) {
        sql().batch("insert into killmail_seen (owner_kind, owner_id, killmail_id, killmail_hash, seen_at) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", refs, (s, ref) -> {
                    s.setString(1, witness.kind().name());
                    s.setLong(2, witness.id());
                    s.setLong(3, ref.killmailId());
                    s.setString(4, ref.hash());
                    s.setObject(5, Timestamps.toColumn(seenAt));
                });
    }

    @Override
    public List<KillmailRef> pending(KillmailWitness witness) {
        return sql().query("select s.killmail_id, s.killmail_hash from killmail_seen s where s.owner_kind = ? "
                + "and s.owner_id = ? and not exists (select 1 from killmail k where k.killmail_id = s.killmail_id) "
                + "order by s.killmail_id", s -> {
                    s.setString(1, witness.kind().name());
                    s.setLong(2, witness.id());
                }, rs -> new KillmailRef(rs.getLong(1), rs.getString(2)));
    }

    @Override
    public boolean save(Killmail killmail, RegionId regionId) {
        if (sql().update(KillmailRows.INSERT, s -> KillmailRows.bind(s, killmail, regionId)) == 0) {
            return false;
        }
        long id = killmail.killmailId();
        List<Killmail.Attacker> attackers = killmail.attackers();
        sql().batch("insert into killmail_attacker (killmail_id, attacker_index, " + KillmailParts.ATTACKER
                + ") values (?, ?" + ", ?".repeat(9) + ")", IntStream.range(0, attackers.size()).boxed().toList(),
                (s, index) -> {
                    s.setLong(1, id);
                    s.setInt(2, index);
                    KillmailParts.bind(s, attackers.get(index));
                });
        sql().batch("insert into killmail_item (killmail_id, " + KillmailParts.ITEM + ") values (?" + ", ?".repeat(7)
                + ")", KillmailParts.flatten(killmail.victim().items()), (s, row) -> {
                    s.setLong(1, id);
                    KillmailParts.bind(s, row);
                });
        return true;
    }

    @Override
    public KeysetPage<KillmailSummary> list(Viewer viewer, KillmailSearch search) {
        KillmailSearchSql query = new KillmailSearchSql(viewer, search);
        return query.page(sql().query(query.sql(), query::bind, KillmailRows::summary));
    }

    @Override
    public Optional<Killmail> find(long killmailId) {
        List<Killmail.Attacker> attackers = sql().query("select " + KillmailParts.ATTACKER + " from killmail_attacker "
                + "where killmail_id = ? order by attacker_index", s -> s.setLong(1, killmailId), KillmailParts::attacker);
        List<Killmail.Item> items = KillmailParts.tree(sql().query("select " + KillmailParts.ITEM
                + " from killmail_item where killmail_id = ? order by item_index", s -> s.setLong(1, killmailId),
                KillmailParts::item));
        return sql().query("select " + KillmailRows.HEAD + " from killmail k where k.killmail_id = ?",
                s -> s.setLong(1, killmailId), rs -> KillmailRows.killmail(rs, attackers, items)).stream().findFirst();
    }

    @Override
    public Map<Long, List<Killmail.Item>> items(Collection<Long> killmailIds) {
        Map<Long, List<KillmailParts.ItemRow>> rows = new HashMap<>();
        sql().query("select killmail_id, " + KillmailParts.ITEM + " from killmail_item where killmail_id = any(?) "
                + "order by killmail_id, item_index", s -> s.setArray(1, s.getConnection().createArrayOf("bigint",
                killmailIds.toArray(Long[]::new))), rs -> rows.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                .add(KillmailParts.item(rs, 2)));
        Map<Long, List<Killmail.Item>> items = new HashMap<>();
        rows.forEach((id, itemRows) -> items.put(id, KillmailParts.tree(itemRows)));
        return items;
    }

    @Override
    public boolean seenByAccount(Viewer viewer, long killmailId) {
        return !sql().query("select 1 from killmail k where k.killmail_id = ? and " + KillmailSearchSql.SEEN_BY_ACCOUNT,
                s -> {
                    s.setLong(1, killmailId);
                    s.setLong(2, viewer.accountId().value());
                    s.setLong(3, viewer.accountId().value());
                }, rs -> true).isEmpty();
    }

    @Override
    public Set<AccountId> accountsThatSaw(long killmailId) {
        // the rule of SEEN_BY_ACCOUNT, turned around: from the killmail to the accounts
        return new HashSet<>(sql().query("select distinct c.account_id from killmail_seen s join eve_character c on "
                + "(s.owner_kind = 'CHARACTER' and c.id = s.owner_id) or (s.owner_kind = 'CORPORATION' "
                + "and c.corporation_id = s.owner_id) where s.killmail_id = ?", s -> s.setLong(1, killmailId),
                rs -> new AccountId(rs.getLong(1))));
    }

}
