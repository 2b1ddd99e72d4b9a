package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.killmail.model.KillmailFilter;
import org.eveseat.domain.killmail.model.KillmailSearch;
import org.eveseat.domain.killmail.model.KillmailSummary;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.killmail.port.out.KillmailRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.KeysetPage;

/** Killmails in maps; {@link #witnesses} says which characters and corporations each account has. */
public final class InMemoryKillmails implements KillmailRepository {
    public final TreeMap<Long, Killmail> stored = new TreeMap<>();
    public final Map<Long, RegionId> regions = new HashMap<>();
    public final Map<KillmailWitness, Map<Long, KillmailRef>> seen = new LinkedHashMap<>();
    public final Map<AccountId, Set<KillmailWitness>> witnesses = new HashMap<>();
    public int saves;
    public int itemReads;

    @Override
    public void saveSeen(KillmailWitness witness, List<KillmailRef> refs, Instant seenAt) {
        refs.forEach(ref -> seen.computeIfAbsent(witness, w -> new TreeMap<>()).putIfAbsent(ref.killmailId(), ref));
    }

    @Override
    public List<KillmailRef> pending(KillmailWitness witness) {
        return seen.getOrDefault(witness, Map.of()).values().stream()
                .filter(ref -> !stored.containsKey(ref.killmailId())).toList();
    }

    @Override
    public boolean save(Killmail killmail, RegionId regionId) {
        saves++;
        if (stored.containsKey(killmail.killmailId())) {
            return false;
        }
        stored.put(killmail.killmailId(), killmail);
        if (regionId != null) {
            regions.put(killmail.killmailId(), regionId);
        }
        return true;
    }

    @Override
    public KeysetPage<KillmailSummary> list(Viewer viewer, KillmailSearch search) {
        KillmailFilter filter = search.filter();
        List<KillmailSummary> rows = new ArrayList<>(stored.descendingMap().values().stream()
                .filter(k -> viewer.admin() || seenByAccount(viewer, k.killmailId()))
                .filter(k -> filter.system() == null || filter.system().equals(k.solarSystemId()))
                .filter(k -> filter.region() == null || filter.region().equals(regions.get(k.killmailId())))
                .filter(k -> filter.victimShipType() == null || filter.victimShipType().equals(k.victim().shipTypeId()))
                .filter(k -> filter.seenByCharacter() == null || sawIt(KillmailWitness.of(filter.seenByCharacter()), k))
                .filter(k -> search.beforeId() == null || k.killmailId() < search.beforeId())
                .map(k -> new KillmailSummary(k.killmailId(), k.killmailTime(), k.solarSystemId(), k.victim().who(),
                        k.victim().shipTypeId(), k.attackers().size())).toList());
        rows.sort(Comparator.comparingLong(KillmailSummary::killmailId).reversed());
        return KeysetPage.of(rows.subList(0, Math.min(rows.size(), search.limit() + 1)), search.limit(), false,
                search.beforeId() != null, KillmailSummary::killmailId);
    }

    @Override
    public Optional<Killmail> find(long killmailId) {
        return Optional.ofNullable(stored.get(killmailId));
    }

    @Override
    public Map<Long, List<Killmail.Item>> items(Collection<Long> killmailIds) {
        itemReads++;
        Map<Long, List<Killmail.Item>> items = new HashMap<>();
        killmailIds.stream().filter(stored::containsKey)
                .forEach(id -> items.put(id, stored.get(id).victim().items()));
        return items;
    }

    @Override
    public boolean seenByAccount(Viewer viewer, long killmailId) {
        return witnesses.getOrDefault(viewer.accountId(), Set.of()).stream()
                .anyMatch(w -> sawIt(w, stored.get(killmailId)));
    }

    @Override
    public Set<AccountId> accountsThatSaw(long killmailId) {
        return witnesses.keySet().stream().filter(account -> seenByAccount(new Viewer(account, false), killmailId))
                .collect(java.util.stream.Collectors.toSet());
    }

    private boolean sawIt(KillmailWitness witness, Killmail killmail) {
        return killmail != null && seen.getOrDefault(witness, Map.of()).containsKey(killmail.killmailId());
    }
}
