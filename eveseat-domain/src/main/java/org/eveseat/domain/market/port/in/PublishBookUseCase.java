package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.PublishedBook;
import org.eveseat.domain.shared.RegionId;

/** Makes the region's completely walked snapshot the one readers see. */
public interface PublishBookUseCase {
    PublishedBook publish(RegionId regionId);
}
