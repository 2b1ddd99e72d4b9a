package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.port.out.KillmailEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.KillmailRef;

/**
 * Killmail reads answered from scripted data: the recent references of each character and corporation (a list,
 * an EsiResult or a failure to throw), killmails by id (or a failure), and the calls made.
 */
public final class ScriptedKillmailEsi implements KillmailEsi {
    public static final Instant EXPIRES = Instant.parse("2026-11-25T12:05:00Z");

    public final Map<Long, Object> recent = new HashMap<>();
    public final Map<Long, Object> killmails = new HashMap<>();
    public final List<String> calls = new ArrayList<>();

    @Override
    public EsiResult<List<KillmailRef>> characterRecent(CharacterId characterId, AccessToken token) {
        calls.add("recent " + characterId);
        return answer(recent.getOrDefault(characterId.value(), List.of()));
    }

    @Override
    public EsiResult<List<KillmailRef>> corporationRecent(CorporationId corporationId, AccessToken token) {
        calls.add("corporation recent " + corporationId);
        return answer(recent.getOrDefault(corporationId.value(), List.of()));
    }

    @Override
    public EsiResult<Killmail> killmail(KillmailRef ref) {
        calls.add("killmail " + ref.killmailId());
        return answer(killmails.get(ref.killmailId()));
    }

    @SuppressWarnings("unchecked")
    private static <T> EsiResult<T> answer(Object scripted) {
        if (scripted instanceof RuntimeException failure) {
            throw failure;
        }
        if (scripted instanceof EsiResult<?> result) {
            return (EsiResult<T>) result;
        }
        if (scripted == null) {
            throw new IllegalStateException("nothing scripted");
        }
        return new EsiResult.Fresh<>((T) scripted, EXPIRES);
    }
}
