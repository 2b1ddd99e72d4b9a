package org.eveseat.domain.wallet.service;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.in.ReadJournalPageUseCase;
import org.eveseat.domain.wallet.port.out.CorporationWalletEsi;
import org.eveseat.domain.wallet.port.out.WalletJournalEsi;

/**
 * Reads one journal page of a character or a corporation division. ESI lists newest first, so entries arriving
 * during the walk push older ones onto later pages: they are read twice (the insert is idempotent), never missed.
 */
public class ReadJournalPageService implements ReadJournalPageUseCase {
    private final AccessTokenQuery tokens;
    private final WalletJournalEsi characters;
    private final CorporationWalletEsi corporations;

    public ReadJournalPageService(AccessTokenQuery tokens, WalletJournalEsi characters,
                                  CorporationWalletEsi corporations) {
        this.tokens = tokens;
        this.characters = characters;
        this.corporations = corporations;
    }

    @Override
    public JournalStep read(JournalWalk walk) {
        if (walk.done()) {
            return new JournalStep(List.of(), walk);
        }
        EsiResult<EsiPage<WalletJournalEntry>> result = page(walk, tokens.accessTokenFor(walk.via()));
        if (!(result instanceof EsiResult.Fresh<EsiPage<WalletJournalEntry>> fresh)) {
            return new JournalStep(List.of(), walk.finished(result.expires()));
        }
        EsiPage<WalletJournalEntry> page = fresh.value();
        boolean reachedStored = page.items().stream().anyMatch(e -> e.id() <= walk.knownNewestId());
        boolean last = page.isLast() || page.items().isEmpty() || reachedStored;
        return new JournalStep(page.items(), walk.after(page.number(), fresh.expires(), last));
    }

    private EsiResult<EsiPage<WalletJournalEntry>> page(JournalWalk walk, AccessToken token) {
        JournalOwner owner = walk.owner();
        if (owner.kind() == JournalOwner.Kind.CHARACTER) {
            return characters.journalPage(new CharacterId(owner.id()), walk.nextPage(), token);
        }
        return corporations.journalPage(new CorporationId(owner.id()),
                new WalletDivision(owner.division()), walk.nextPage(), token);
    }
}
