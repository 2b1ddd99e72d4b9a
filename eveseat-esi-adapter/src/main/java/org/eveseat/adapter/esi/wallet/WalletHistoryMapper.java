package org.eveseat.adapter.esi.wallet;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.wallet.model.ContextIdType;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.model.JournalContext;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;

/** ESI journal, transaction and division-balance DTOs onto the wallet model, for characters and corporations. */
final class WalletHistoryMapper {
    static final Function<String, List<WalletJournalEntry>> JOURNAL =
            EsiJson.list(JournalEntryDto.class, WalletHistoryMapper::toEntry);
    static final Function<String, List<WalletTransaction>> TRANSACTIONS =
            EsiJson.list(TransactionDto.class, WalletHistoryMapper::toTransaction);
    static final Function<String, List<DivisionBalance>> BALANCES =
            EsiJson.list(DivisionBalanceDto.class, WalletHistoryMapper::toBalance);

    private WalletHistoryMapper() {
    }

    static WalletJournalEntry toEntry(JournalEntryDto dto) {
        return new WalletJournalEntry(dto.id(), dto.date(), JournalRefType.fromEsi(dto.refType()), dto.description(),
                isk(dto.amount()), isk(dto.balance()), dto.firstPartyId(), dto.secondPartyId(), dto.reason(),
                isk(dto.tax()), dto.taxReceiverId(), context(dto));
    }

    /** ESI says -1 for a transaction without a journal entry. */
    static WalletTransaction toTransaction(TransactionDto dto) {
        return new WalletTransaction(dto.transactionId(), dto.date(), new TypeId(dto.typeId()), dto.quantity(),
                new Isk(dto.unitPrice()), dto.isBuy(), dto.isPersonal(), dto.clientId(), dto.locationId(),
                dto.journalRefId() > 0 ? dto.journalRefId() : null);
    }

    static DivisionBalance toBalance(DivisionBalanceDto dto) {
        return new DivisionBalance(new WalletDivision(dto.division()), new Isk(dto.balance()));
    }

    private static JournalContext context(JournalEntryDto dto) {
        return dto.contextId() == null || dto.contextIdType() == null ? null
                : new JournalContext(dto.contextId(), ContextIdType.fromEsi(dto.contextIdType()));
    }

    private static Isk isk(BigDecimal amount) {
        return amount == null ? null : new Isk(amount);
    }
}
