package org.eveseat.adapter.batch.publiccontracts;

import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.contract.port.in.ContractDetailsOutcome;
import org.eveseat.domain.contract.port.in.FetchContractDetailsUseCase;
import org.eveseat.domain.shared.UpstreamPausedException;

/**
 * Fetches the details of each contract of the chunk; they are stored in the chunk's transaction. A pause of ESI's
 * budget defers the job: the reader stops, the rest stays pending for the next run.
 */
@Dependent
@Named("publicContractDetailsWriter")
public class ContractDetailsWriter extends AbstractItemWriter {
    private static final Logger LOG = Logger.getLogger(ContractDetailsWriter.class.getName());

    private final JobContext job;
    private final FetchContractDetailsUseCase details;

    @Inject
    ContractDetailsWriter(JobContext job, FetchContractDetailsUseCase details) {
        this.job = job;
        this.details = details;
    }

    @Override
    public void writeItems(List<Object> contractIds) {
        for (Object contractId : contractIds) {
            ContractDetailsOutcome outcome;
            try {
                outcome = details.fetch((Long) contractId);
            } catch (UpstreamPausedException pause) {
                SyncJobResult.defer(job, pause);
                return;
            }
            if (outcome == ContractDetailsOutcome.DEFERRED) {
                LOG.fine(() -> "details of public contract " + contractId + " deferred: ESI sent no body");
            } else if (outcome != ContractDetailsOutcome.ALREADY_STORED) {
                SyncJobResult.of(job).stored(0, 1);
            }
        }
    }
}
