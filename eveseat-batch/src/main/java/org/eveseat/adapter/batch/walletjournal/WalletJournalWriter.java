package org.eveseat.adapter.batch.walletjournal;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
    StepContext step;

    @Inject
    StoreJournalEntriesUseCase store;

    @Override
    public void writeItems(List<Object> items) {
        long added = step.getPersistentUserData() instanceof Long before ? before : 0L;
        for (Object item : items) {
            added += store.store((JournalStep) item);
        }
        step.setPersistentUserData(added);
    }
}
