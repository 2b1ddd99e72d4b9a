package org.eveseat.adapter.batch.walletjournal;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.port.in.StoreJournalEntriesUseCase;

/**
 * Stores each page's new entries and the walk's progress in the chunk's transaction. The step's persistent user
 * data counts the entries that were new, next to the runtime's count of pages read and written.
 */
@Dependent
@Named("walletJournalWriter")
public class WalletJournalWriter extends AbstractItemWriter {
    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    StoreJournalEntriesUseCase store;

    @Override
    public void writeItems(List<Object> items) {
        long before = step.getPersistentUserData() instanceof Long stored ? stored : 0L;
        long added = 0;
        for (Object item : items) {
            added += store.store((JournalStep) item);
        }
        step.setPersistentUserData(before + added);
        SyncJobResult.of(job).stored(items.size(), added);
    }
}
