package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Require;

/**
 * Why ISK moved, as ESI's {@code ref_type} spells it (e.g. {@code bounty_prizes}). ESI lists over 160 kinds and
 * adds new ones without a new compatibility date; the journal is only on ESI for 30 days, so an entry of a kind
 * added later keeps its true kind here instead of being folded into one "unknown" value.
 */
public record JournalRefType(String esiValue) {
    public static final JournalRefType BOUNTY_PRIZES = new JournalRefType("bounty_prizes");
    public static final JournalRefType ESS_ESCROW_TRANSFER = new JournalRefType("ess_escrow_transfer");
    public static final JournalRefType MARKET_TRANSACTION = new JournalRefType("market_transaction");
    public static final JournalRefType MARKET_ESCROW = new JournalRefType("market_escrow");
    public static final JournalRefType BROKERS_FEE = new JournalRefType("brokers_fee");
    public static final JournalRefType TRANSACTION_TAX = new JournalRefType("transaction_tax");
    public static final JournalRefType PLAYER_DONATION = new JournalRefType("player_donation");
    public static final JournalRefType CORPORATION_ACCOUNT_WITHDRAWAL =
            new JournalRefType("corporation_account_withdrawal");
    public static final JournalRefType AGENT_MISSION_REWARD = new JournalRefType("agent_mission_reward");
    public static final JournalRefType INDUSTRY_JOB_TAX = new JournalRefType("industry_job_tax");

    public JournalRefType {
        Require.text(esiValue, 100, "journal ref type");
    }

    public static JournalRefType fromEsi(String value) {
        return value == null ? null : new JournalRefType(value);
    }
}
