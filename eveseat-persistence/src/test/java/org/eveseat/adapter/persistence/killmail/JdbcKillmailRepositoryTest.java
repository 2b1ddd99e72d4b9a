package org.eveseat.adapter.persistence.killmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eveseat.adapter.persistence.character.JdbcCharacterAffiliationRepository;
import org.eveseat.adapter.persistence.character.JpaCharacterRepository;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.killmail.model.Combatant;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailFilter;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.killmail.model.KillmailSummary;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcKillmailRepositoryTest {
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final CharacterId STRANGER = new CharacterId(95465499L);
    private static final CorporationId CORPORATION = new CorporationId(98000001L);
    private static final SolarSystemId JITA = new SolarSystemId(30000142L);
    private static final SolarSystemId AMARR = new SolarSystemId(30002187L);
    private static final RegionId THE_FORGE = new RegionId(10000002L);
    private static final Instant TIME = Instant.parse("2026-11-25T11:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final KillmailRepository killmails = new JdbcKillmailRepository(db.dataSource());
    private Viewer owner;

    @BeforeEach
    void aPilotWithAnAccountInACorporation() {
        db.linkCharacters(List.of(PILOT));
        new JdbcCharacterAffiliationRepository(db.dataSource()).saveCorporations(Map.of(PILOT, CORPORATION));
        AccountId account = db.inTransaction(em -> new JpaCharacterRepository(em).findById(PILOT).orElseThrow()
                .owner());
        owner = new Viewer(account, false);
    }

    @Test
    void aKillmailIsStoredOnceWithAttackersAndNestedItemsAndComesBackExactly() {
        Killmail killmail = killmail(5, JITA, 587);

        assertThat(killmails.save(killmail, THE_FORGE)).isTrue();
        assertThat(killmails.save(killmail, THE_FORGE)).as("stored already").isFalse();

        assertThat(killmails.find(5)).contains(killmail);
        assertThat(killmails.find(6)).isEmpty();
        assertThat(count("killmail")).isEqualTo(1);
        assertThat(count("killmail_attacker")).isEqualTo(3);
        assertThat(count("killmail_item")).isEqualTo(3);
    }

    @Test
    void theItemsOfSeveralKillmailsComeBackInOneReadEachAsItsTree() {
        Killmail first = killmail(5, JITA, 587);
        Killmail second = killmail(6, AMARR, 603);
        killmails.save(first, THE_FORGE);
        killmails.save(second, new RegionId(10000043L));

        var items = killmails.items(List.of(5L, 6L, 7L));

        assertThat(items).containsOnlyKeys(5L, 6L);
        assertThat(items.get(5L)).isEqualTo(first.victim().items());
        assertThat(items.get(6L)).isEqualTo(second.victim().items());
        assertThat(items.get(5L).get(0).items()).as("the container's contents").hasSize(1);
        assertThat(killmails.items(List.of())).isEmpty();
    }

    @Test
    void referencesArePendingUntilTheirKillmailIsStoredWhoeverSawThem() {
        KillmailWitness pilot = KillmailWitness.of(PILOT);
        KillmailWitness corporation = KillmailWitness.of(CORPORATION);
        killmails.saveSeen(pilot, List.of(ref(2), ref(1)), TIME);
        killmails.saveSeen(pilot, List.of(ref(1)), TIME);
        killmails.saveSeen(corporation, List.of(ref(2)), TIME);

        assertThat(killmails.pending(pilot)).containsExactly(ref(1), ref(2));
        killmails.save(killmail(2, JITA, 587), null);

        assertThat(killmails.pending(pilot)).containsExactly(ref(1));
        assertThat(killmails.pending(corporation)).isEmpty();
        assertThat(count("killmail_seen")).isEqualTo(3);
    }

    @Test
    void theListingShowsWhatTheAccountsCharactersAndCorporationsSawFilteredAndPaged() {
        killmails.saveSeen(KillmailWitness.of(PILOT), List.of(ref(1), ref(2)), TIME);
        killmails.saveSeen(KillmailWitness.of(CORPORATION), List.of(ref(3)), TIME);
        killmails.saveSeen(KillmailWitness.of(STRANGER), List.of(ref(4)), TIME);
        killmails.save(killmail(1, JITA, 587), THE_FORGE);
        killmails.save(killmail(2, AMARR, 603), new RegionId(10000043L));
        killmails.save(killmail(3, JITA, 603), THE_FORGE);
        killmails.save(killmail(4, JITA, 587), THE_FORGE);

        assertThat(ids(owner, KillmailSearch.newest(50))).containsExactly(3L, 2L, 1L);
        assertThat(ids(new Viewer(owner.accountId(), true), KillmailSearch.newest(50))).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(new Viewer(new AccountId(owner.accountId().value() + 1), false), KillmailSearch.newest(50)))
                .isEmpty();
        assertThat(ids(owner, filtered(new KillmailFilter(PILOT, null, null, null, null, null, null))))
                .containsExactly(2L, 1L);
        assertThat(ids(owner, filtered(new KillmailFilter(null, CORPORATION, null, null, null, null, null))))
                .containsExactly(3L);
        assertThat(ids(owner, filtered(new KillmailFilter(null, null, JITA, null, null, null, null))))
                .containsExactly(3L, 1L);
        assertThat(ids(owner, filtered(new KillmailFilter(null, null, null, THE_FORGE, null, null, new TypeId(603)))))
                .containsExactly(3L);
        assertThat(ids(owner, filtered(new KillmailFilter(null, null, null, null, TIME.plusSeconds(2),
                TIME.plusSeconds(3), null)))).containsExactly(2L);

        var first = killmails.list(owner, KillmailSearch.newest(2));
        assertThat(first.older()).isEqualTo(2L);
        var older = killmails.list(owner, new KillmailSearch(null, first.older(), null, 2));
        assertThat(older.items()).extracting(KillmailSummary::killmailId).containsExactly(1L);
        assertThat(older.newer()).isEqualTo(1L);
        assertThat(killmails.list(owner, new KillmailSearch(null, null, 1L, 2)).items())
                .extracting(KillmailSummary::killmailId).containsExactly(3L, 2L);
        KillmailSummary summary = first.items().get(0);
        assertThat(summary.attackerCount()).isEqualTo(3);
        assertThat(summary.victim().allianceId()).isEqualTo(new AllianceId(99000001L));
    }

    @Test
    void anAccountMaySeeAKillmailItsCharacterOrCorporationSaw() {
        killmails.saveSeen(KillmailWitness.of(CORPORATION), List.of(ref(3)), TIME);
        killmails.saveSeen(KillmailWitness.of(STRANGER), List.of(ref(4)), TIME);
        killmails.save(killmail(3, JITA, 587), THE_FORGE);
        killmails.save(killmail(4, JITA, 587), THE_FORGE);

        assertThat(killmails.seenByAccount(owner, 3)).isTrue();
        assertThat(killmails.seenByAccount(owner, 4)).isFalse();
        assertThat(killmails.seenByAccount(owner, 5)).isFalse();
    }

    @Test
    void theAccountsThatSawAKillmailAreThoseTheReadRuleLetsSeeIt() {
        killmails.saveSeen(KillmailWitness.of(CORPORATION), List.of(ref(3)), TIME);
        killmails.saveSeen(KillmailWitness.of(PILOT), List.of(ref(3), ref(5)), TIME);
        killmails.saveSeen(KillmailWitness.of(STRANGER), List.of(ref(4)), TIME);

        assertThat(killmails.accountsThatSaw(3)).containsExactly(owner.accountId());
        assertThat(killmails.accountsThatSaw(5)).containsExactly(owner.accountId());
        assertThat(killmails.accountsThatSaw(4)).as("a character no account has").isEmpty();
        assertThat(killmails.accountsThatSaw(6)).isEmpty();
    }

    private List<Long> ids(Viewer viewer, KillmailSearch search) {
        return killmails.list(viewer, search).items().stream().map(KillmailSummary::killmailId).toList();
    }

    private static KillmailSearch filtered(KillmailFilter filter) {
        return new KillmailSearch(filter, null, null, 50);
    }

    private static KillmailRef ref(long id) {
        return new KillmailRef(id, "00ff" + id);
    }

    private static Killmail killmail(long id, SolarSystemId system, long shipType) {
        Combatant victim = new Combatant(PILOT, CORPORATION, new AllianceId(99000001L), null);
        Combatant npc = new Combatant(null, null, null, 500010L);
        var items = List.of(new Killmail.Item(new TypeId(3467), 5, 1, 0, 0, List.of(
                new Killmail.Item(new TypeId(215), 5, 0, 100, 0, null))), new Killmail.Item(new TypeId(2205), 27, 0, 1,
                1, null));
        return new Killmail(id, TIME.plusSeconds(id), system, null, id == 5 ? 741L : null,
                new Killmail.Victim(victim, new TypeId(shipType), 420, new Position(1.5, -2.0, 3e12), items), List.of(
                new Killmail.Attacker(new Combatant(STRANGER, new CorporationId(98000002L), null, null),
                        new TypeId(603), new TypeId(2205), 400, true, -1.5),
                new Killmail.Attacker(npc, null, null, 10, false, 0.0),
                new Killmail.Attacker(npc, null, null, 10, false, 0.0)));
    }

    private long count(String table) {
        try (var connection = db.dataSource().getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
