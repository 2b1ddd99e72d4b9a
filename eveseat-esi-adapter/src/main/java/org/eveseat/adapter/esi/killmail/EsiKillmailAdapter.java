package org.eveseat.adapter.esi.killmail;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.port.out.KillmailEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.KillmailRef;

/**
 * Recent killmail references of a character or corporation (X-Pages, all pages walked, in ESI's tight killmail
 * groups of 30 per 15 minutes) and the public killmail behind a reference, which never changes once written.
 */
@ApplicationScoped
public class EsiKillmailAdapter implements KillmailEsi {
    private static final Function<String, List<KillmailRef>> PARSE_REFS =
            EsiJson.list(KillmailRefDto.class, KillmailMapper::toDomain);

    private EsiTable esi;

    protected EsiKillmailAdapter() {
    }

    @Inject
    public EsiKillmailAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<KillmailRef>> characterRecent(CharacterId characterId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /characters/{character_id}/killmails/recent")
                .with("character_id", characterId).token(token), PARSE_REFS);
    }

    @Override
    public EsiResult<List<KillmailRef>> corporationRecent(CorporationId corporationId, AccessToken token) {
        return esi.readPages(EsiRequest.of("GET /corporations/{corporation_id}/killmails/recent")
                .with("corporation_id", corporationId).token(token), PARSE_REFS);
    }

    @Override
    public EsiResult<Killmail> killmail(KillmailRef ref) {
        return esi.read(EsiRequest.of("GET /killmails/{killmail_id}/{killmail_hash}").with("killmail_id", ref.killmailId())
                .with("killmail_hash", ref.hash()), EsiJson.one(KillmailDto.class, KillmailMapper::toDomain));
    }
}
