package org.eveseat.domain.planetary.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * One structure on a colony. Extractors carry {@code extractor}, factories a {@code schematicId}; the times are
 * null where they do not apply.
 */
public record Pin(long pinId, TypeId typeId, double latitude, double longitude, Long schematicId,
                  Instant installTime, Instant lastCycleStart, Instant expiryTime, List<Content> contents,
                  Extractor extractor) {
    public Pin {
        Require.positive(pinId, "pin id");
        Require.present(typeId, "type id");
        Require.positiveIfPresent(schematicId, "schematic id");
        contents = Require.list(contents, "contents");
    }

    public record Content(TypeId typeId, long amount) {
        public Content {
            Require.present(typeId, "type id");
            Require.notNegative(amount, "amount");
        }
    }

    /** An extractor's programme: what it mines, how much per cycle, and where its heads sit. */
    public record Extractor(TypeId productTypeId, Duration cycleTime, Long quantityPerCycle, Double headRadius,
                            List<Head> heads) {
        public Extractor {
            heads = Require.list(heads, "extractor heads");
        }
    }

    public record Head(int headId, double latitude, double longitude) {
        public Head {
            Require.notNegative(headId, "head id");
        }
    }
}
