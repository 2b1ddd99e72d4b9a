package org.eveseat.adapter.batch.walletjournal;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.UpstreamPausedException;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.port.in.ReadJournalPageUseCase;
import org.eveseat.domain.wallet.port.in.StartJournalWalkUseCase;

/**
 * Yields one ESI page of a journal per item: a character's, or each of a corporation's seven division journals
 * in turn (division 0 asks for all seven). Each walk's progress is stored with its pages by the writer, so
 * opening (first start, restart from the checkpoint, or a new job after a node died) resumes from that store;
 * the checkpoint itself ("division:page") is for the job repository's record. A pause of ESI's budget ends the
 * step cleanly, the job deferred.
 */
@Dependent
@Named("walletJournalReader")
public class WalletJournalReader extends AbstractItemReader {
    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String ownerKind;

    @Inject
    @BatchProperty
    String ownerId;

    @Inject
    @BatchProperty
    String division;

    @Inject
    @BatchProperty
    String viaCharacterId;

    @Inject
    StartJournalWalkUseCase start;

    @Inject
    ReadJournalPageUseCase pages;

    private List<JournalOwner> owners;
    private int current;
    private JournalWalk walk;

    @Override
    public void open(Serializable checkpoint) {
        owners = owners();
        current = 0;
        walk = begin();
    }

    @Override
    public Object readItem() {
        while (walk.done() && current + 1 < owners.size()) {
            current++;
            walk = begin();
        }
        if (walk.done()) {
            return null;
        }
        JournalStep step;
        try {
            step = pages.read(walk);
        } catch (UpstreamPausedException pause) {
            SyncJobResult.defer(job, pause); // the walk's stored progress is where the next run goes on
            return null;
        }
        walk = step.walk();
        SyncJobResult.of(job).expires(walk.expires());
        return step;
    }

    @Override
    public Serializable checkpointInfo() {
        return walk.owner().division() + ":" + walk.nextPage();
    }

    private JournalWalk begin() {
        return start.start(owners.get(current), new CharacterId(Long.parseLong(viaCharacterId)));
    }

    private List<JournalOwner> owners() {
        JournalOwner.Kind kind = JournalOwner.Kind.valueOf(ownerKind);
        long id = Long.parseLong(ownerId);
        int only = division == null || division.isBlank() ? 0 : Integer.parseInt(division);
        if (kind == JournalOwner.Kind.CORPORATION && only == 0) {
            return IntStream.rangeClosed(1, 7).mapToObj(d -> new JournalOwner(kind, id, d)).toList();
        }
        return List.of(new JournalOwner(kind, id, only));
    }
}
