package org.eveseat.adapter.persistence.wallet;

import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;

/** One row per journal owner, overwritten with each page stored; in the same transaction as the page's entries. */
@ApplicationScoped
public class JdbcJournalWalkRepository extends JdbcRepository implements JournalWalkRepository {
    private Sql sql;

    protected JdbcJournalWalkRepository() {
        // for CDI
    }

    public JdbcJournalWalkRepository(DataSource dataSource) {
        super(dataSource);
        init();
    }

    @PostConstruct
    void init() {
        sql = sql();
    }

    @Override
    public Optional<JournalWalk> unfinished(JournalOwner owner) {
        return sql.query("select via_character_id, next_page, known_newest_id, expires from wallet_journal_walk "
                + "where owner_kind = ? and owner_id = ? and division = ? and not done", s -> {
                    s.setString(1, owner.kind().name());
                    s.setLong(2, owner.id());
                    s.setInt(3, owner.division());
                }, rs -> new JournalWalk(owner, new CharacterId(rs.getLong(1)), rs.getInt(2), rs.getLong(3),
                        Timestamps.fromColumn(rs.getObject(4, OffsetDateTime.class)), false)).stream().findFirst();
    }

    @Override
    public void save(JournalWalk walk) {
        sql.update("insert into wallet_journal_walk (owner_kind, owner_id, division, via_character_id, next_page, "
                + "known_newest_id, expires, done) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (owner_kind, owner_id, "
                + "division) do update set via_character_id = excluded.via_character_id, next_page = "
                + "excluded.next_page, known_newest_id = excluded.known_newest_id, expires = excluded.expires, "
                + "done = excluded.done", s -> {
                    s.setString(1, walk.owner().kind().name());
                    s.setLong(2, walk.owner().id());
                    s.setInt(3, walk.owner().division());
                    s.setLong(4, walk.via().value());
                    s.setInt(5, walk.nextPage());
                    s.setLong(6, walk.knownNewestId());
                    s.setObject(7, Timestamps.toColumn(walk.expires()));
                    s.setBoolean(8, walk.done());
                });
    }
}
