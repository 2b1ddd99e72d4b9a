package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * A blueprint of the static data: how many runs a copy may hold and, per industry activity, the time, materials,
 * products, required skills and, for invention, the chance of success.
 */
public record Blueprint(TypeId typeId, int maxProductionLimit, List<Activity> activities) {
    public Blueprint {
        Require.present(typeId, "blueprint type");
        activities = Require.list(activities, "activities");
    }

    /**
     * One activity with the SDE's activity id (1 manufacturing, 3 time efficiency research, 4 material efficiency
     * research, 5 copying, 8 invention, 11 reactions). {@code probability} is null unless invention.
     */
    public record Activity(int activityId, long timeSeconds, List<TypeQuantity> materials,
                           List<TypeQuantity> products, List<SkillLevel> skills, Double probability) {
        public Activity {
            materials = Require.list(materials, "materials");
            products = Require.list(products, "products");
            skills = Require.list(skills, "skills");
        }
    }

    public record SkillLevel(TypeId skillId, int level) {
        public SkillLevel {
            Require.present(skillId, "skill");
            Require.between(level, 0, 5, "skill level");
        }
    }
}
