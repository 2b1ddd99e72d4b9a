package org.eveseat.adapter.esi.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.model.Skill;
import org.eveseat.domain.skill.model.SkillQueueEntry;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.RateLimitGroup;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake ESI serves the operations of ENDPOINTS.md section 2, which leaves out skills; the two routes are added
 * here through the fake's own route API, answering bodies in the shape of the spec (values of memberaudit's
 * ESI test data, plus a paused entry without dates).
 */
class EsiSkillAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final RateLimitGroup CHAR_DETAIL = RateLimitGroup.of("char-detail", 600);

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiSkillAdapter adapter = new EsiSkillAdapter(harness.settings(), harness.gateway());

    @BeforeEach
    void serveSkills() {
        harness.esi().route(EsiRoute.get("/characters/{character_id}/skills", Scopes.READ_SKILLS,
                CHAR_DETAIL, Duration.ofSeconds(120), request -> """
                        {"skills": [{"active_skill_level": 3, "skill_id": 24311, "skillpoints_in_skill": 20000,
                          "trained_skill_level": 4}, {"active_skill_level": 1, "skill_id": 24312,
                          "skillpoints_in_skill": 10000, "trained_skill_level": 1}], "total_sp": 30000}"""));
        harness.esi().route(EsiRoute.get("/characters/{character_id}/skillqueue", "esi-skills.read_skillqueue.v1",
                CHAR_DETAIL, Duration.ofSeconds(120), request -> """
                        [{"finish_date": "2016-07-15T10:47:00Z", "finished_level": 4, "level_end_sp": 1000,
                          "level_start_sp": 100, "queue_position": 0, "skill_id": 24312,
                          "start_date": "2016-06-29T10:47:00Z", "training_start_sp": 50},
                         {"finished_level": 5, "queue_position": 1, "skill_id": 24312}]"""));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void skillsKeepTrainedAndActiveLevelsApartAndMissingUnallocatedPointsAreNone() {
        var result = adapter.skills(new CharacterId(PILOT), harness.token(PILOT, Set.of(Scopes.READ_SKILLS)));

        assertThat(result).isEqualTo(new EsiResult.Fresh<>(new CharacterSkills(List.of(
                new Skill(new TypeId(24311), 20000, 4, 3), new Skill(new TypeId(24312), 10000, 1, 1)), 30000, 0),
                result.expires()));
        assertThat(adapter.skills(new CharacterId(PILOT), harness.token(PILOT, Set.of(Scopes.READ_SKILLS))))
                .isInstanceOf(EsiResult.NotDue.class);
    }

    @Test
    void theQueueKeepsAPausedEntryWithoutDates() {
        var result = adapter.queue(new CharacterId(PILOT),
                harness.token(PILOT, Set.of("esi-skills.read_skillqueue.v1")));

        assertThat(((EsiResult.Fresh<List<SkillQueueEntry>>) result).value()).containsExactly(
                new SkillQueueEntry(0, new TypeId(24312), 4, Instant.parse("2016-06-29T10:47:00Z"),
                        Instant.parse("2016-07-15T10:47:00Z"), 50L, 100L, 1000L),
                new SkillQueueEntry(1, new TypeId(24312), 5, null, null, null, null, null));
    }

    @Test
    void theQueueNeedsItsOwnScope() {
        assertThatThrownBy(() -> adapter.queue(new CharacterId(PILOT),
                harness.token(PILOT, Set.of(Scopes.READ_SKILLS))))
                .isInstanceOf(NotPermittedException.class);
    }
}
