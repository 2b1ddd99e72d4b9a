package org.eveseat.adapter.batch.publiccontracts;

import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.domain.contract.port.in.ContractDetailsOutcome;
import org.eveseat.domain.contract.port.in.FetchContractDetailsUseCase;

/** Fetches the details of each contract of the chunk; they are stored in the chunk's transaction. */
@Dependent
@Named("publicContractDetailsWriter")
public class ContractDetailsWriter extends AbstractItemWriter {
    private static final Logger LOG = Logger.getLogger(ContractDetailsWriter.class.getName());

    private final FetchContractDetailsUseCase details;

    @Inject
    ContractDetailsWriter(FetchContractDetailsUseCase details) {
        this.details = details;
    }

    @Override
    public void writeItems(List<Object> contractIds) {
        for (Object contractId : contractIds) {
            ContractDetailsOutcome outcome = details.fetch((Long) contractId);
            if (outcome == ContractDetailsOutcome.DEFERRED) {
                LOG.fine(() -> "details of public contract " + contractId + " deferred: ESI sent no body");
            }
        }
    }
}
