package org.eveseat.domain.wallet.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * One market purchase or sale from a wallet. The client is a character or corporation. {@code personal} is only
 * reported for characters (null for corporations); {@code journalRefId} is null when there is no journal entry
 * (ESI says -1 there).
 */
public record WalletTransaction(long transactionId, Instant date, TypeId typeId, long quantity, Isk unitPrice,
                                boolean buy, Boolean personal, long clientId, long locationId, Long journalRefId) {
    public WalletTransaction {
        Require.positive(transactionId, "transaction id");
        Require.present(date, "transaction date");
        Require.present(typeId, "type id");
        Require.positive(quantity, "quantity");
        Require.present(unitPrice, "unit price");
        Require.positive(clientId, "client id");
        Require.positive(locationId, "location id");
        Require.positiveIfPresent(journalRefId, "journal ref id");
    }
}
