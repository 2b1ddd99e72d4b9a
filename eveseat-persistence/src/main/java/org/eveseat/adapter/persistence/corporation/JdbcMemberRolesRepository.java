package org.eveseat.adapter.persistence.corporation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.corporation.port.out.MemberRolesRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CorporationId;

/**
 * Member roles as one row per member with a text array of the roles held everywhere. The access check joins the
 * account's characters and their current corporation, so a member who left stops counting at once.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcMemberRolesRepository extends JdbcRepository implements MemberRolesRepository {

    protected JdbcMemberRolesRepository() {
        // for CDI
    }

    public JdbcMemberRolesRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public void replace(CorporationId corporationId, List<MemberRoles> members) {
        Sql sql = sql();
        sql().update("delete from corporation_member_role where corporation_id = ?",
                s -> s.setLong(1, corporationId.value()));
        sql().batch("insert into corporation_member_role (corporation_id, character_id, roles) values (?, ?, ?)",
                members, (s, member) -> {
                    s.setLong(1, corporationId.value());
                    s.setLong(2, member.characterId().value());
                    roles(s, 3, member.roles().everywhere());
                });
    }

    @Override
    public boolean anyHeldBy(AccountId accountId, CorporationId corporationId, Set<CorporationRole> roles) {
        return sql().query("select exists (select 1 from corporation_member_role r "
                + "join eve_character c on c.id = r.character_id and c.corporation_id = r.corporation_id "
                + "where r.corporation_id = ? and c.account_id = ? and r.roles && ?)", s -> {
                    s.setLong(1, corporationId.value());
                    s.setLong(2, accountId.value());
                    roles(s, 3, roles);
                }, rs -> rs.getBoolean(1)).get(0);
    }

    private static void roles(PreparedStatement s, int index, Collection<CorporationRole> roles) throws SQLException {
        s.setArray(index, s.getConnection().createArrayOf("text",
                roles.stream().map(CorporationRole::name).sorted().toArray(String[]::new)));
    }
}
