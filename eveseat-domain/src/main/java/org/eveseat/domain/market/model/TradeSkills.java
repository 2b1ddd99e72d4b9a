package org.eveseat.domain.market.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.model.Skill;

/** The levels (0-5, as in effect) of the three skills that change a trader's fees. */
public record TradeSkills(int accounting, int brokerRelations, int advancedBrokerRelations) {
    public static final TypeId ACCOUNTING = new TypeId(16622);
    public static final TypeId BROKER_RELATIONS = new TypeId(3446);
    public static final TypeId ADVANCED_BROKER_RELATIONS = new TypeId(16597);
    public static final TradeSkills UNTRAINED = new TradeSkills(0, 0, 0);

    public TradeSkills {
        Require.between(accounting, 0, 5, "Accounting level");
        Require.between(brokerRelations, 0, 5, "Broker Relations level");
        Require.between(advancedBrokerRelations, 0, 5, "Advanced Broker Relations level");
    }

    public static TradeSkills of(CharacterSkills skills) {
        return new TradeSkills(level(skills.skills(), ACCOUNTING), level(skills.skills(), BROKER_RELATIONS),
                level(skills.skills(), ADVANCED_BROKER_RELATIONS));
    }

    private static int level(List<Skill> skills, TypeId skill) {
        return skills.stream().filter(s -> s.skillId().equals(skill)).mapToInt(Skill::activeLevel).findFirst()
                .orElse(0);
    }
}
