package org.eveseat.adapter.esi.killmail;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String CHARACTER_GROUP = "char-killmail";
    static final String CORPORATION_GROUP = "corp-killmail";
    static final String KILLMAIL_GROUP = "killmail";
    private static final Function<String, List<KillmailRef>> PARSE_REFS =
            EsiJson.list(KillmailRefDto.class, KillmailMapper::toDomain);

    private EsiKillmailClient client;
    private EsiGateway esi;

    protected EsiKillmailAdapter() {
    }

    @Inject
    public EsiKillmailAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiKillmailClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<KillmailRef>> characterRecent(CharacterId characterId, AccessToken token) {
        String path = "/characters/" + characterId + "/killmails/recent";
        return esi.readPages(EsiOperation.authed(path, CHARACTER_GROUP, characterId), (page, etag) ->
                client.characterRecent(characterId.value(), page, EsiJson.bearer(token), etag), PARSE_REFS);
    }

    @Override
    public EsiResult<List<KillmailRef>> corporationRecent(CorporationId corporationId, AccessToken token) {
        String path = "/corporations/" + corporationId + "/killmails/recent";
        return esi.readPages(EsiOperation.corporation(path, CORPORATION_GROUP, corporationId), (page, etag) ->
                client.corporationRecent(corporationId.value(), page, EsiJson.bearer(token), etag), PARSE_REFS);
    }

    @Override
    public EsiResult<Killmail> killmail(KillmailRef ref) {
        var op = EsiOperation.open("/killmails/" + ref.killmailId() + "/" + ref.hash(), KILLMAIL_GROUP);
        return esi.read(op, etag -> client.killmail(ref.killmailId(), ref.hash(), etag),
                EsiJson.one(KillmailDto.class, KillmailMapper::toDomain));
    }
}
