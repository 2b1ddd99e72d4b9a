package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * An inventory type: what an item, ship, skill or structure is, its group and market group, its physical figures
 * (volume in m³, mass in kg, radius in m) and its dogma attributes and effects. The optional figures and
 * {@code marketGroupId} (absent for types that cannot be traded) are null where ESI leaves them out.
 */
public record ItemType(TypeId typeId, String name, String description, boolean published, long groupId,
                       Long marketGroupId, Double volume, Double packagedVolume, Double capacity, Double mass,
                       Double radius, Integer portionSize, Long graphicId, Long iconId,
                       List<Attribute> attributes, List<Effect> effects) {
    public ItemType {
        Require.present(typeId, "type id");
        Require.present(name, "type name");
        Require.present(description, "type description");
        Require.positive(groupId, "group id");
        Require.positiveIfPresent(marketGroupId, "market group id");
        attributes = Require.list(attributes, "dogma attributes");
        effects = Require.list(effects, "dogma effects");
    }

    /** A dogma attribute's value for this type, such as CPU use or the skill it requires. */
    public record Attribute(long attributeId, double value) {
        public Attribute {
            Require.positive(attributeId, "attribute id");
        }
    }

    /** A dogma effect of this type; {@code isDefault} marks the one that runs when the module is activated. */
    public record Effect(long effectId, boolean isDefault) {
        public Effect {
            Require.positive(effectId, "effect id");
        }
    }
}
