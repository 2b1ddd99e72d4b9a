package org.eveseat.domain.wallet.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.in.StoreJournalEntriesUseCase;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/**
 * Hands a page of entries to the journal store, which keeps only those it does not have yet, and notes the walk.
 * When a page added entries, the owner's wallet topic hears of it with the newest of them (a walk goes newest
 * first and stops at stored entries, so the new ones lead the page).
 */
public class StoreJournalEntriesService implements StoreJournalEntriesUseCase {
    static final int ENTRIES_PUSHED = 5;

    private final WalletJournalRepository journals;
    private final JournalWalkRepository walks;
    private final EventPublisher events;
    private final Clock clock;

    public StoreJournalEntriesService(WalletJournalRepository journals, JournalWalkRepository walks,
                                      EventPublisher events, Clock clock) {
        this.journals = journals;
        this.walks = walks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public int store(JournalStep step) {
        int added = journals.insertNew(step.walk().owner(), step.entries());
        walks.save(step.walk());
        if (added > 0) {
            publish(step.walk().owner(), added, step.entries());
        }
        return added;
    }

    private void publish(JournalOwner owner, int added, List<WalletJournalEntry> entries) {
        Map<String, Object> payload = new LinkedHashMap<>();
        String topic;
        if (owner.kind() == JournalOwner.Kind.CHARACTER) {
            payload.put("characterId", owner.id());
            topic = LiveTopics.character(new CharacterId(owner.id()), "wallet");
        } else {
            payload.put("corporationId", owner.id());
            payload.put("division", owner.division());
            topic = LiveTopics.corporation(new CorporationId(owner.id()), "wallet");
        }
        payload.put("added", added);
        payload.put("entries", entries.stream().sorted((a, b) -> Long.compare(b.id(), a.id()))
                .limit(Math.min(added, ENTRIES_PUSHED)).map(StoreJournalEntriesService::entry).toList());
        events.publish(new LiveEvent("wallet.journal", topic, clock.instant(), payload));
    }

    private static Map<String, Object> entry(WalletJournalEntry e) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", e.id());
        entry.put("date", e.date().toString());
        entry.put("refType", e.refType().esiValue());
        entry.put("amount", e.amount() == null ? null : e.amount().amount().toPlainString());
        entry.put("description", e.description());
        return entry;
    }
}
