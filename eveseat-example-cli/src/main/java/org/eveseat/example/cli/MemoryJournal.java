package org.eveseat.example.cli;

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
 * Journals and the progress of their walks, in memory, as the server keeps them in PostgreSQL: entries keyed by
 * owner and journal id (storing one again changes nothing), and each owner's last walk.
 */
final class MemoryJournal implements WalletJournalRepository, JournalWalkRepository {
    private final Map<JournalOwner, NavigableMap<Long, WalletJournalEntry>> entries = new HashMap<>();
    private final Map<JournalOwner, JournalWalk> walks = new HashMap<>();

    @Override
    public synchronized int insertNew(JournalOwner owner, List<WalletJournalEntry> page) {
        NavigableMap<Long, WalletJournalEntry> stored = entries.computeIfAbsent(owner, o -> new TreeMap<>());
        int added = 0;
        for (WalletJournalEntry entry : page) {
            if (stored.putIfAbsent(entry.id(), entry) == null) {
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized OptionalLong newestId(JournalOwner owner) {
        NavigableMap<Long, WalletJournalEntry> stored = entries.get(owner);
        return stored == null || stored.isEmpty() ? OptionalLong.empty() : OptionalLong.of(stored.lastKey());
    }

    @Override
    public synchronized long count(JournalOwner owner) {
        return entries.getOrDefault(owner, new TreeMap<>()).size();
    }

    @Override
    public synchronized List<WalletJournalEntry> newest(JournalOwner owner, int limit) {
        return entries.getOrDefault(owner, new TreeMap<>()).descendingMap().values().stream()
                .limit(Math.max(0, limit)).toList();
    }

    @Override
    public synchronized Optional<JournalWalk> unfinished(JournalOwner owner) {
        return Optional.ofNullable(walks.get(owner)).filter(walk -> !walk.done());
    }

    @Override
    public synchronized void save(JournalWalk walk) {
        walks.put(walk.owner(), walk);
    }
}
