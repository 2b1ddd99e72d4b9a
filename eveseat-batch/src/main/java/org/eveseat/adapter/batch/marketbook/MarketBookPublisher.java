package org.eveseat.adapter.batch.marketbook;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.batch.scheduler.SyncJobResult;
import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.market.port.in.PublishBookUseCase;
import org.eveseat.domain.shared.RegionId;

/** Makes the walked snapshot the region's current book, in one transaction, once every page is stored. */
@Dependent
@Named("marketBookPublisher")
public class MarketBookPublisher extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(MarketBookPublisher.class.getName());

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String regionId;

    @Inject
    PublishBookUseCase publish;

    @Override
    public String process() {
        PublishedBook published = publish.publish(RegionId.parse(regionId));
        SyncJobResult.of(job).stored(0, published.snapshot().orderCount());
        SyncJobResult.of(job).expires(published.snapshot().expiresAt());
        LOG.info(() -> "order book of region " + regionId + ": " + published.snapshot().orderCount() + " orders; "
                + published.newOrders() + " new, " + published.priceChanges() + " repriced, "
                + published.goneOrders() + " gone");
        return BatchStatus.COMPLETED.name();
    }
}
