package org.eveseat.adapter.web.rest.wallet;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.Period;
import org.eveseat.domain.wallet.model.WalletDivision;

/** The wallet API's own parameter kinds, read so that a malformed one is a 400 problem naming it. */
final class WalletParams {
    private WalletParams() {
    }

    static Isk amount(String text, String name) {
        BigDecimal amount = RequestParams.decimal(text, name);
        return amount == null ? null : new Isk(amount);
    }

    /** Comma-separated ESI ref types, e.g. {@code bounty_prizes,market_transaction}. */
    static Set<JournalRefType> refTypes(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(JournalRefType::new).collect(Collectors.toSet());
    }

    static Period period(String text) {
        if (text == null || text.isEmpty()) {
            return Period.MONTH;
        }
        try {
            return Period.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("period must be day, week or month, was '" + text + "'");
        }
    }

    /** How many top counterparties, 10 when absent; the range it goes into checks the bound. */
    static int top(String text) {
        Long top = RequestParams.optionalId(text, "top");
        return top == null ? 10 : (int) Math.min(top, Integer.MAX_VALUE);
    }

    /** The corporation wallet division, 1 (the master wallet) when absent. */
    static WalletDivision division(String text) {
        Long division = RequestParams.optionalId(text, "division");
        return new WalletDivision(division == null ? 1 : (int) Math.min(division, Integer.MAX_VALUE));
    }
}
