package org.eveseat.adapter.esi.industry;

import java.time.Duration;

import org.eveseat.adapter.esi.common.dto.IndustryFacilities;
import org.eveseat.domain.industry.model.IndustryActivity;
import org.eveseat.domain.industry.model.IndustryFacility;
import org.eveseat.domain.industry.model.IndustryJob;
import org.eveseat.domain.industry.model.IndustryJobStatus;
import org.eveseat.domain.industry.model.SystemCostIndices;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

final class IndustryMapper {
    private IndustryMapper() {
    }

    static IndustryJob toDomain(IndustryJobDto dto) {
        long location = dto.locationId() != null ? dto.locationId() : dto.stationId();
        return new IndustryJob(dto.jobId(), dto.activityId(), IndustryJobStatus.fromEsi(dto.status()),
                new CharacterId(dto.installerId()), dto.facilityId(), location, dto.blueprintId(),
                new TypeId(dto.blueprintTypeId()), dto.blueprintLocationId(), dto.outputLocationId(),
                dto.productTypeId() == null ? null : new TypeId(dto.productTypeId()), dto.runs(),
                dto.licensedRuns(), dto.successfulRuns(), dto.probability(),
                dto.cost() == null ? null : new Isk(dto.cost()), Duration.ofSeconds(dto.duration()),
                dto.startDate(), dto.endDate(), dto.pauseDate(), dto.completedDate(),
                dto.completedCharacterId() == null ? null : new CharacterId(dto.completedCharacterId()));
    }

    static IndustryFacility toDomain(IndustryFacilities dto) {
        return new IndustryFacility(dto.facilityId(), new TypeId(dto.typeId()), new CorporationId(dto.ownerId()),
                new SolarSystemId(dto.solarSystemId()), new RegionId(dto.regionId()), dto.tax());
    }

    static SystemCostIndices toDomain(SystemCostIndicesDto dto) {
        return new SystemCostIndices(new SolarSystemId(dto.solarSystemId()), dto.costIndices().stream()
                .map(index -> new SystemCostIndices.CostIndex(IndustryActivity.fromEsi(index.activity()),
                        index.costIndex()))
                .toList());
    }
}
