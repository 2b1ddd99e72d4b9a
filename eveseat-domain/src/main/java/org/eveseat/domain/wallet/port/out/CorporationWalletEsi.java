package org.eveseat.domain.wallet.port.out;

import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;

/**
 * A corporation's wallets on ESI, read with the token of a member holding the Accountant or Junior Accountant
 * role: the balance of each division, and each division's journal (all pages walked) and market transactions.
 * The divisions' names come from the corporation feature.
 */
public interface CorporationWalletEsi {
    EsiResult<List<DivisionBalance>> balances(CorporationId corporationId, AccessToken token);

    EsiResult<List<WalletJournalEntry>> journal(CorporationId corporationId, WalletDivision division,
                                                AccessToken token);

    /** One page of a division's journal, newest first; see {@link WalletJournalEsi#journalPage}. */
    EsiResult<EsiPage<WalletJournalEntry>> journalPage(CorporationId corporationId, WalletDivision division, int page,
                                                       AccessToken token);

    /** One batch, newest first, from {@code fromId} (included) backwards; see {@link WalletJournalEsi}. */
    EsiResult<List<WalletTransaction>> transactions(CorporationId corporationId, WalletDivision division,
                                                    OptionalLong fromId, AccessToken token);
}
