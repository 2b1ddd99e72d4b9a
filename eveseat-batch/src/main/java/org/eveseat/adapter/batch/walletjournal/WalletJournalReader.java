package org.eveseat.adapter.batch.walletjournal;

import java.io.Serializable;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.port.in.ReadJournalPageUseCase;
import org.eveseat.domain.wallet.port.in.StartJournalWalkUseCase;

/**
 * Yields one ESI page of the journal per item. The walk's progress is stored with each page by the writer, so
 * opening (first start, restart from the checkpoint, or a new job after a node died) resumes from that store;
 * the checkpoint itself is the next page, for the job repository's record.
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

    private JournalWalk walk;

    @Override
    public void open(Serializable checkpoint) {
        walk = start.start(owner(), new CharacterId(Long.parseLong(viaCharacterId)));
    }

    @Override
    public Object readItem() {
        if (walk.done()) {
            return null;
        }
        JournalStep step = pages.read(walk);
        walk = step.walk();
        SyncJobResult.of(job).expires(walk.expires());
        return step;
    }

    @Override
    public Serializable checkpointInfo() {
        return walk.nextPage();
    }

    private JournalOwner owner() {
        JournalOwner.Kind kind = JournalOwner.Kind.valueOf(ownerKind);
        return new JournalOwner(kind, Long.parseLong(ownerId), division == null ? 0 : Integer.parseInt(division));
    }
}
