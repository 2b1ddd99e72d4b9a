package org.eveseat.adapter.esi.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.MetaCompatibilityDates;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.status.model.ChangelogEntry;
import org.eveseat.domain.status.model.RouteHealth;
import org.eveseat.domain.status.model.ServerStatus;
import org.eveseat.domain.status.port.out.ServerStatusEsi;

/**
 * Tranquility's status and ESI's meta routes (route health, compatibility dates, changelog) over ESI, operations of
 * the ESI table. The status has its own rate-limit group; the meta routes share the small {@code meta} group
 * (150 per 15 minutes), so they are read no more often than their cache allows, like everything else.
 */
@ApplicationScoped
public class EsiServerStatusAdapter implements ServerStatusEsi {
    private EsiTable esi;

    protected EsiServerStatusAdapter() {
    }

    @Inject
    public EsiServerStatusAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<ServerStatus> status() {
        return esi.read(EsiRequest.of("GET /status"), EsiJson.one(ServerStatusDto.class, StatusMapper::toDomain));
    }

    @Override
    public EsiResult<List<RouteHealth>> routeHealth() {
        return esi.read(EsiRequest.of("GET /meta/status"), EsiJson.one(RouteHealthDto.class, StatusMapper::toDomain));
    }

    @Override
    public EsiResult<List<LocalDate>> compatibilityDates() {
        return esi.read(EsiRequest.of("GET /meta/compatibility-dates"),
                EsiJson.one(MetaCompatibilityDates.class, dto -> List.copyOf(dto.compatibilityDates())));
    }

    @Override
    public EsiResult<List<ChangelogEntry>> changelog() {
        return esi.read(EsiRequest.of("GET /meta/changelog"), EsiJson.one(ChangelogDto.class, StatusMapper::toDomain));
    }
}
