package org.eveseat.adapter.esi.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.status.model.ChangelogEntry;
import org.eveseat.domain.status.model.RouteHealth;
import org.eveseat.domain.status.model.ServerStatus;
import org.eveseat.domain.status.port.out.ServerStatusEsi;

/**
 * Tranquility's status and ESI's meta routes (route health, compatibility dates, changelog) over ESI. The status
 * is cached for 30 seconds in its own rate-limit group; the meta routes share the small {@code meta} group
 * (150 per 15 minutes), so they are read no more often than their cache allows, like everything else.
 */
@ApplicationScoped
public class EsiServerStatusAdapter implements ServerStatusEsi {
    static final String STATUS_GROUP = "status";
    static final String META_GROUP = "meta";

    private EsiStatusClient client;
    private EsiGateway esi;

    protected EsiServerStatusAdapter() {
    }

    @Inject
    public EsiServerStatusAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiStatusClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<ServerStatus> status() {
        return esi.read(EsiOperation.open("/status", STATUS_GROUP), client::status,
                EsiJson.one(ServerStatusDto.class, StatusMapper::toDomain));
    }

    @Override
    public EsiResult<List<RouteHealth>> routeHealth() {
        return esi.read(EsiOperation.open("/meta/status", META_GROUP), client::routeHealth,
                EsiJson.one(RouteHealthDto.class, StatusMapper::toDomain));
    }

    @Override
    public EsiResult<List<LocalDate>> compatibilityDates() {
        return esi.read(EsiOperation.open("/meta/compatibility-dates", META_GROUP), client::compatibilityDates,
                EsiJson.one(CompatibilityDatesDto.class, dto -> List.copyOf(dto.compatibilityDates())));
    }

    @Override
    public EsiResult<List<ChangelogEntry>> changelog() {
        return esi.read(EsiOperation.open("/meta/changelog", META_GROUP), client::changelog,
                EsiJson.one(ChangelogDto.class, StatusMapper::toDomain));
    }
}
