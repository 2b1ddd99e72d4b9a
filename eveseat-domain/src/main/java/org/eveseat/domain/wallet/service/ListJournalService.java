package org.eveseat.domain.wallet.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.JournalLine;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalSearch;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.in.ListJournalQuery;
import org.eveseat.domain.wallet.port.out.JournalSearchRepository;

/** Lists stored journal entries with their parties named; never reads the journal itself from ESI. */
public class ListJournalService implements ListJournalQuery {
    private final WalletAccess access;
    private final JournalSearchRepository journals;
    private final PartyNames names;

    public ListJournalService(WalletAccess access, JournalSearchRepository journals, PartyNames names) {
        this.access = access;
        this.journals = journals;
        this.names = names;
    }

    @Override
    public KeysetPage<JournalLine> list(Viewer viewer, JournalOwner owner, JournalSearch search) {
        access.require(viewer, owner);
        return journals.page(owner, search).map(this::named);
    }

    private List<JournalLine> named(List<WalletJournalEntry> entries) {
        Set<Long> parties = new HashSet<>();
        for (WalletJournalEntry entry : entries) {
            addIfPresent(parties, entry.firstPartyId());
            addIfPresent(parties, entry.secondPartyId());
        }
        Map<Long, String> known = parties.isEmpty() ? Map.of() : names.of(parties);
        return entries.stream().map(e -> new JournalLine(e, nameOf(known, e.firstPartyId()),
                nameOf(known, e.secondPartyId()))).toList();
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static String nameOf(Map<Long, String> names, Long id) {
        return id == null ? null : names.get(id);
    }
}
