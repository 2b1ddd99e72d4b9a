package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An industry job. {@code locationId} is answered as {@code station_id} to characters and as
 * {@code location_id} to corporations. {@code status}: active, cancelled, delivered, paused, ready or reverted.
 */
public record IndustryJob(long jobId, long installerId, long facilityId, long locationId, long activityId,
                          long blueprintId, long blueprintTypeId, long blueprintLocationId, long outputLocationId,
                          long runs, Double cost, Long licensedRuns, Double probability, Long productTypeId,
                          String status, long duration, Instant startDate, Instant endDate, Instant pauseDate,
                          Instant completedDate, Long completedCharacterId, Long successfulRuns) {

    /** Whether ESI lists the job without {@code include_completed}. */
    public boolean open() {
        return List.of("active", "paused", "ready").contains(status);
    }

    public IndustryJob newer() {
        return new IndustryJob(jobId + 1, installerId, facilityId, locationId, activityId, blueprintId,
                blueprintTypeId, blueprintLocationId, outputLocationId, runs, cost, licensedRuns, probability,
                productTypeId, "active", duration, startDate.plusSeconds(60), endDate.plusSeconds(60), null, null,
                null, null);
    }

    public static List<IndustryJob> generate(long ownerId, long installerId, int count, Instant now) {
        Samples samples = Samples.of(ownerId, "industry");
        long newestId = 229_136_101L + Math.floorMod(ownerId, 100_000L) * 100L + count;
        return IntStream.range(0, count).mapToObj(i -> {
            long duration = samples.between(600, 86_400);
            Instant start = now.minus(Duration.ofHours(5L * i + 1));
            boolean done = i >= 2;
            return new IndustryJob(newestId - i, installerId, Samples.JITA_4_4, Samples.JITA_4_4, i % 2 == 0 ? 1 : 3,
                    1_015_116_533_326L + i, 691, Samples.JITA_4_4, Samples.JITA_4_4, samples.between(1, 10),
                    samples.isk(100, 500_000), 200L, null, i % 2 == 0 ? 587L : 691L, done ? "delivered" : "active",
                    duration, start, start.plusSeconds(duration), null, done ? start.plusSeconds(duration) : null,
                    done ? installerId : null, done ? 1L : null);
        }).toList();
    }
}
