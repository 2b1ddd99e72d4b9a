package org.eveseat.adapter.persistence.character;

import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Sql;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.out.CharacterAffiliationRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/** The corporation column of the characters, written for all characters at once after each affiliation read. */
@ApplicationScoped
public class JdbcCharacterAffiliationRepository extends JdbcRepository implements CharacterAffiliationRepository {
    private Sql sql;

    protected JdbcCharacterAffiliationRepository() {
        // for CDI
    }

    public JdbcCharacterAffiliationRepository(DataSource dataSource) {
        super(dataSource);
        init();
    }

    @PostConstruct
    void init() {
        sql = sql();
    }

    @Override
    public void saveCorporations(Map<CharacterId, CorporationId> corporations) {
        sql.batch("update eve_character set corporation_id = ? where id = ? and corporation_id is distinct from ?",
                corporations.entrySet(), (s, e) -> {
                    s.setLong(1, e.getValue().value());
                    s.setLong(2, e.getKey().value());
                    s.setLong(3, e.getValue().value());
                });
    }

    @Override
    public Map<CorporationId, CharacterId> corporationsWithScope(String scope) {
        Map<CorporationId, CharacterId> members = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        sql.query("select corporation_id, min(id) from eve_character where corporation_id is not null and "
                + "token_state = ? and concat(' ', scopes, ' ') like ? group by corporation_id", s -> {
                    s.setString(1, TokenState.VALID.name());
                    s.setString(2, CharacterMapper.scopePattern(scope));
                }, rs -> members.put(new CorporationId(rs.getLong(1)), new CharacterId(rs.getLong(2))));
        return members;
    }

    @Override
    public Map<CharacterId, CorporationId> corporationsOf(AccountId account) {
        Map<CharacterId, CorporationId> corporations = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        sql.query("select id, corporation_id from eve_character where account_id = ? and corporation_id is not null",
                s -> s.setLong(1, account.value()),
                rs -> corporations.put(new CharacterId(rs.getLong(1)), new CorporationId(rs.getLong(2))));
        return corporations;
    }

    @Override
    public boolean hasMember(AccountId account, CorporationId corporationId) {
        return !sql.query("select 1 from eve_character where account_id = ? and corporation_id = ? limit 1", s -> {
            s.setLong(1, account.value());
            s.setLong(2, corporationId.value());
        }, rs -> true).isEmpty();
    }
}
