package org.eveseat.fake.ledger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/** What the fake ESI knows about one corporation: wallets, contacts, contracts, industry, offices, orders. */
public final class CorporationLedger extends ItemOwner<CorporationLedger> {

    private final long corporationId;
    private volatile long allianceId = Samples.DEFAULT_ALLIANCE;
    private final List<WalletDivision> wallets;
    private final List<String> hangarNames;
    private final RecordList<CustomsOffice> customsOffices;
    private final RecordList<MarketOrder> orderHistory;

    /** Made by {@link org.eveseat.fake.FakeLedger}; tests get it from there. */
    public CorporationLedger(long corporationId, Instant now, List<KillmailRef> knownKillmails,
                             MarketLedger market) {
        super(corporationId, FakeNames.corporation(corporationId), 5, "Corporation ", new Defaults(
                () -> Contract.generate(corporationId, Samples.OTHER_PILOTS.get(0), corporationId, 4, now),
                () -> IndustryJob.generate(corporationId, Samples.OTHER_PILOTS.get(0), 4, now),
                () -> Blueprint.generate(corporationId, "CorpSAG1", 6),
                () -> market.ownOrders(corporationId, 4), knownKillmails));
        this.corporationId = corporationId;
        long id = corporationId;
        wallets = IntStream.rangeClosed(1, 7).mapToObj(division -> new WalletDivision(id, division, now)).toList();
        hangarNames = new CopyOnWriteArrayList<>(
                IntStream.rangeClosed(1, 7).mapToObj(division -> "Hangar " + division).toList());
        customsOffices = new RecordList<>(() -> CustomsOffice.generate(id, 2), CustomsOffice::newer);
        orderHistory = new RecordList<>(() -> MarketOrder.generate(id, 6, now, "expired"), MarketOrder::newer);
    }

    public long corporationId() {
        return corporationId;
    }

    /** Expired and cancelled market orders of the last 90 days. */
    public RecordList<MarketOrder> orderHistory() {
        return orderHistory;
    }

    /** The alliance, or 0 for none. */
    public long allianceId() {
        return allianceId;
    }

    public CorporationLedger allianceId(long newAllianceId) {
        this.allianceId = newAllianceId;
        return this;
    }

    /** The wallet division 1 to 7. */
    public WalletDivision wallet(int division) {
        if (division < 1 || division > 7) {
            throw new IllegalArgumentException("wallet divisions are 1 to 7, not " + division);
        }
        return wallets.get(division - 1);
    }

    public List<WalletDivision> wallets() {
        return wallets;
    }

    /** The names of hangar divisions 1 to 7; the list can be changed in place. */
    public List<String> hangarNames() {
        return hangarNames;
    }




    public RecordList<CustomsOffice> customsOffices() {
        return customsOffices;
    }


}
