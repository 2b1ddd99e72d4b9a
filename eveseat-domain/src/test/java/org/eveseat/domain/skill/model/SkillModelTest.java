package org.eveseat.domain.skill.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class SkillModelTest {
    private static final TypeId GUNNERY = new TypeId(3300);

    @Test
    void skillLevelsRunFromZeroToFive() {
        Skill skill = new Skill(GUNNERY, 256_000, 5, 4);
        assertThat(new CharacterSkills(List.of(skill), 256_000, 0).skills()).containsExactly(skill);
        assertThatThrownBy(() -> new Skill(GUNNERY, 0, 6, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Skill(GUNNERY, 0, 0, -1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new CharacterSkills(null, -1, 0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void queuedLevelsRunFromOneToFive() {
        assertThat(new SkillQueueEntry(0, GUNNERY, 1, null, null, null, null, null).startDate())
                .as("paused queue").isNull();
        assertThatThrownBy(() -> new SkillQueueEntry(0, GUNNERY, 0, null, null, null, null, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new SkillQueueEntry(-1, GUNNERY, 1, null, null, null, null, null))
                .isInstanceOf(RuleViolationException.class);
    }
}
