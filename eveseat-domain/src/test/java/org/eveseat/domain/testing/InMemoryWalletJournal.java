package org.eveseat.domain.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/**
 * The wallet journal and its walks in maps, for use-case tests; it keeps the repository contracts the JDBC
 * versions keep ({@link WalletJournalRepositoryContract}, {@link JournalWalkRepositoryContract}).
 */
public final class InMemoryWalletJournal implements WalletJournalRepository, JournalWalkRepository {
    private final Map<JournalOwner, NavigableMap<Long, WalletJournalEntry>> entries = new HashMap<>();
    private final Map<JournalOwner, JournalWalk> lastWalks = new HashMap<>();
    /** Every walk saved, in order. */
    public final List<JournalWalk> savedWalks = new ArrayList<>();

    @Override
    public int insertNew(JournalOwner owner, List<WalletJournalEntry> page) {
        NavigableMap<Long, WalletJournalEntry> stored = entries.computeIfAbsent(owner, o -> new TreeMap<>());
        return (int) page.stream().filter(entry -> stored.putIfAbsent(entry.id(), entry) == null).count();
    }

    @Override
    public OptionalLong newestId(JournalOwner owner) {
        return stored(owner).keySet().stream().mapToLong(Long::longValue).max();
    }

    @Override
    public long count(JournalOwner owner) {
        return stored(owner).size();
    }

    @Override
    public List<WalletJournalEntry> newest(JournalOwner owner, int limit) {
        return stored(owner).descendingMap().values().stream().limit(Math.max(0, limit)).toList();
    }

    @Override
    public Optional<JournalWalk> unfinished(JournalOwner owner) {
        return Optional.ofNullable(lastWalks.get(owner)).filter(walk -> !walk.done());
    }

    @Override
    public void save(JournalWalk walk) {
        lastWalks.put(walk.owner(), walk);
        savedWalks.add(walk);
    }

    private NavigableMap<Long, WalletJournalEntry> stored(JournalOwner owner) {
        return entries.getOrDefault(owner, new TreeMap<>());
    }
}
