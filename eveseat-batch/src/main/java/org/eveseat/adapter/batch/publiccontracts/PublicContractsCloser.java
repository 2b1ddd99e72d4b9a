package org.eveseat.adapter.batch.publiccontracts;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.domain.contract.port.in.ClosePublicContractsUseCase;
import org.eveseat.domain.contract.port.in.ClosedContracts;
import org.eveseat.domain.contract.port.in.PublicContractsWalk;

/** Closes the contracts the walk did not see, against the walk's first start even after a restart. */
@Dependent
@Named("publicContractsCloser")
public class PublicContractsCloser extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(PublicContractsCloser.class.getName());

    private final JobWalk jobWalk;
    private final ClosePublicContractsUseCase close;

    @Inject
    PublicContractsCloser(JobWalk jobWalk, ClosePublicContractsUseCase close) {
        this.jobWalk = jobWalk;
        this.close = close;
    }

    @Override
    public String process() {
        PublicContractsWalk walk = jobWalk.walk();
        ClosedContracts closed = close.close(walk);
        LOG.info(() -> "public contracts of region " + walk.regionId() + " walked from " + walk.startedAt() + ": "
                + closed.expired() + " expired, " + closed.gone() + " gone");
        return BatchStatus.COMPLETED.name();
    }
}
