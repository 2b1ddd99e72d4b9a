package org.eveseat.adapter.persistence.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.adapter.persistence.wallet.JdbcPartyNameRepository;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.NameRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcNameRepositoryTest {
    private static final Instant MORNING = Instant.parse("2026-12-07T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");
    private static final ResolvedName PILOT = new ResolvedName(90000001, "Ava Kestrel", NameCategory.CHARACTER);
    private static final ResolvedName CORP = new ResolvedName(98000001, "Kestrel Works", NameCategory.CORPORATION);

    private final TestDatabase db = TestDatabase.get();
    private final NameRepository names = new JdbcNameRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void storesNamesAndReplacesARenamedOne() {
        names.save(List.of(PILOT, CORP), MORNING);
        names.save(List.of(new ResolvedName(90000001, "Ava Kestrel II", NameCategory.CHARACTER)), NOON);

        assertThat(names.find(Set.of(90000001L, 98000001L, 99000001L))).containsOnly(
                Map.entry(90000001L, new ResolvedName(90000001, "Ava Kestrel II", NameCategory.CHARACTER)),
                Map.entry(98000001L, CORP));
    }

    @Test
    void unknownIdsAreRememberedWithTheirTimeAndNeverHideAName() {
        names.save(List.of(PILOT), MORNING);
        names.saveUnknown(Set.of(90000666L, PILOT.id()), MORNING);

        assertThat(names.find(Set.of(90000666L, PILOT.id()))).containsOnlyKeys(PILOT.id());
        assertThat(names.unknownSince(Set.of(90000666L, PILOT.id(), 90000777L), MORNING)).containsExactly(90000666L);
        assertThat(names.unknownSince(Set.of(90000666L), NOON)).isEmpty();

        names.saveUnknown(Set.of(90000666L), NOON);
        assertThat(names.unknownSince(Set.of(90000666L), NOON)).containsExactly(90000666L);
        names.save(List.of(new ResolvedName(90000666, "Late Pilot", NameCategory.CHARACTER)), NOON);
        assertThat(names.unknownSince(Set.of(90000666L), MORNING)).isEmpty();
    }

    @Test
    void theJournalsPartyNamesAreTheSameNames() {
        new JdbcPartyNameRepository(db.dataSource()).save(List.of(CORP));
        names.saveUnknown(Set.of(90000666L), MORNING);

        assertThat(names.find(Set.of(CORP.id()))).containsEntry(CORP.id(), CORP);
        assertThat(new JdbcPartyNameRepository(db.dataSource()).find(Set.of(CORP.id(), 90000666L)))
                .containsOnly(Map.entry(CORP.id(), "Kestrel Works"));
    }
}
