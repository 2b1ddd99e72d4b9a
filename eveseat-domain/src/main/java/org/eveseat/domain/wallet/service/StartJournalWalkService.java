package org.eveseat.domain.wallet.service;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.port.in.StartJournalWalkUseCase;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/**
 * Goes on with a walk that was cut short (its node died between two pages), or begins one at page 1 against the
 * newest stored entry, 0 when nothing is stored yet.
 */
public class StartJournalWalkService implements StartJournalWalkUseCase {
    private final WalletJournalRepository journals;
    private final JournalWalkRepository walks;

    public StartJournalWalkService(WalletJournalRepository journals, JournalWalkRepository walks) {
        this.journals = journals;
        this.walks = walks;
    }

    @Override
    public JournalWalk start(JournalOwner owner, CharacterId via) {
        return walks.unfinished(owner).orElseGet(() ->
                JournalWalk.begin(owner, via, journals.newestId(owner).orElse(0)));
    }
}
