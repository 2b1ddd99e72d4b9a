package org.eveseat.fake.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the fake ESI knows about one character. Every data set starts with generated defaults and can be
 * replaced or changed at any time; the fake answers what is here once its cached answer expires.
 */
public final class CharacterLedger extends ItemOwner<CharacterLedger> {

    /** The corporation roles of {@code x-required-roles}. A director passes every role check. */
    public static final String DIRECTOR = "Director";

    private final long characterId;
    private volatile long corporationId = Samples.DEFAULT_CORPORATION;
    private volatile Set<String> roles = Set.of();
    private volatile BigDecimal walletBalance;
    private volatile long cspaCharge;
    private volatile PilotState pilotState;

    private final RecordList<JournalEntry> journal;
    private final RecordList<WalletTransaction> transactions;
    private final RecordList<LoyaltyPoints> loyaltyPoints;
    private final RecordList<Mail> mails;
    private final RecordList<MailLabel> mailLabels;
    private final RecordList<MailingList> mailingLists;
    private final RecordList<CalendarEvent> calendar;
    private final RecordList<Colony> planets;
    private final RecordList<MarketOrder> orderHistory;
    private final RecordList<NpcStanding> standings;

    /** Made by {@link org.eveseat.fake.FakeLedger}; tests get it from there. */
    public CharacterLedger(long characterId, Instant now, List<KillmailRef> knownKillmails, MarketLedger market) {
        super(characterId, FakeNames.pilot(characterId), 8, "", new Defaults(
                () -> Contract.generate(characterId, characterId, Samples.DEFAULT_CORPORATION, 6, now),
                () -> IndustryJob.generate(characterId, characterId, 4, now),
                () -> Blueprint.generate(characterId, "Hangar", 5),
                () -> market.ownOrders(characterId, 3), knownKillmails));
        this.characterId = characterId;
        this.pilotState = PilotState.generate(characterId, now);
        long id = characterId;
        journal = new RecordList<>(() -> JournalEntry.generate(id, 50, now), JournalEntry::newer);
        transactions = new RecordList<>(() -> WalletTransaction.generate(id, 30, now), WalletTransaction::newer);
        loyaltyPoints = new RecordList<>(() -> LoyaltyPoints.samples(id), null);
        mails = new RecordList<>(() -> Mail.samples(id, corporationId, now), null);
        mailLabels = new RecordList<>(MailLabel::samples, null);
        mailingLists = new RecordList<>(() -> List.of(new MailingList(145_000_001L, "Jita traders")), null);
        calendar = new RecordList<>(() -> CalendarEvent.samples(id, corporationId, now), null);
        planets = new RecordList<>(() -> Colony.samples(id, now), null);
        orderHistory = new RecordList<>(() -> MarketOrder.generate(id, 12, now, "expired"), MarketOrder::newer);
        standings = new RecordList<>(() -> NpcStanding.samples(id), null);
    }

    public long characterId() {
        return characterId;
    }

    public long corporationId() {
        return corporationId;
    }

    public CharacterLedger corporationId(long newCorporationId) {
        this.corporationId = newCorporationId;
        return this;
    }

    /** The character's corporation roles, for example {@code Director} or {@code Accountant}; none by default. */
    public Set<String> roles() {
        return roles;
    }

    public CharacterLedger roles(String... newRoles) {
        this.roles = Set.of(newRoles);
        return this;
    }

    /** Whether the character holds one of the roles (a director holds them all). */
    public boolean hasAnyRole(List<String> required) {
        Set<String> held = roles;
        return held.contains(DIRECTOR) || required.stream().anyMatch(held::contains);
    }

    /** The balance; by default that of the newest journal entry. */
    public BigDecimal walletBalance() {
        BigDecimal balance = walletBalance;
        return balance != null ? balance : JournalEntry.latestBalance(journal);
    }

    public CharacterLedger walletBalance(BigDecimal balance) {
        this.walletBalance = balance;
        return this;
    }

    /** ISK that mail to this character costs (CSPA charge); 0 by default. */
    public long cspaCharge() {
        return cspaCharge;
    }

    public CharacterLedger cspaCharge(long isk) {
        this.cspaCharge = isk;
        return this;
    }

    /** Location, ship, online state and skills; generated from the id until a test sets them. */
    public PilotState pilotState() {
        return pilotState;
    }

    public CharacterLedger pilotState(PilotState state) {
        this.pilotState = state;
        return this;
    }

    public RecordList<JournalEntry> journal() {
        return journal;
    }

    public RecordList<WalletTransaction> transactions() {
        return transactions;
    }

    public RecordList<LoyaltyPoints> loyaltyPoints() {
        return loyaltyPoints;
    }

    public RecordList<NpcStanding> standings() {
        return standings;
    }

    public RecordList<Mail> mails() {
        return mails;
    }

    public RecordList<MailLabel> mailLabels() {
        return mailLabels;
    }

    public RecordList<MailingList> mailingLists() {
        return mailingLists;
    }

    public RecordList<CalendarEvent> calendar() {
        return calendar;
    }




    public RecordList<Colony> planets() {
        return planets;
    }



    /** Expired and cancelled market orders of the last 90 days. */
    public RecordList<MarketOrder> orderHistory() {
        return orderHistory;
    }
}
