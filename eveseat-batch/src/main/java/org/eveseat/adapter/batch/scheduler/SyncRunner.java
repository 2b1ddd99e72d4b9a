package org.eveseat.adapter.batch.scheduler;

import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;

/**
 * How one endpoint's sync runs: a use case whose outcome is recorded at once, or a Jakarta Batch job whose listener
 * records it. A feature joins the schedule by producing one as a CDI bean ({@link SyncRunners} finds them all);
 * an endpoint without a runner is never planned.
 */
public interface SyncRunner {
    SyncEndpoint endpoint();

    Work work(ScheduledSync sync);

    /** What a run did or has to start. */
    sealed interface Work permits Done, Job {}

    record Done(SyncOutcome outcome) implements Work {}

    record Job(String name, Properties parameters) implements Work {}

    static SyncRunner read(SyncEndpoint endpoint, Function<ScheduledSync, SyncOutcome> read) {
        return runner(endpoint, sync -> new Done(read.apply(sync)));
    }

    /** A use case of the sync's own character. */
    static SyncRunner ofCharacter(SyncEndpoint endpoint, Function<CharacterId, SyncOutcome> read) {
        return read(endpoint, sync -> read.apply(character(sync)));
    }

    /** A use case of the sync's corporation, read with a member's token. */
    static SyncRunner ofCorporation(SyncEndpoint endpoint, BiFunction<CorporationId, CharacterId, SyncOutcome> read) {
        return read(endpoint, sync -> read.apply(corporation(sync), via(sync)));
    }

    static SyncRunner job(SyncEndpoint endpoint, String job, Function<ScheduledSync, Properties> parameters) {
        return runner(endpoint, sync -> new Job(job, parameters.apply(sync)));
    }

    private static SyncRunner runner(SyncEndpoint endpoint, Function<ScheduledSync, Work> work) {
        return new SyncRunner() {
            @Override
            public SyncEndpoint endpoint() {
                return endpoint;
            }

            @Override
            public Work work(ScheduledSync sync) {
                return work.apply(sync);
            }
        };
    }

    /** The character a character endpoint syncs. */
    static CharacterId character(ScheduledSync sync) {
        return new CharacterId(sync.key().ownerId());
    }

    static CorporationId corporation(ScheduledSync sync) {
        return new CorporationId(sync.key().ownerId());
    }

    /** The character whose token a corporation endpoint reads with. */
    static CharacterId via(ScheduledSync sync) {
        return new CharacterId(sync.viaCharacterId());
    }
}
