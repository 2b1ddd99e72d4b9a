package org.eveseat.fake.ledger;

/** What the fake ESI knows about one alliance: its name and contacts. */
public final class AllianceLedger extends ContactOwner<AllianceLedger> {

    private final long allianceId;

    /** Made by {@link org.eveseat.fake.FakeLedger}; tests get it from there. */
    public AllianceLedger(long allianceId) {
        super(allianceId, FakeNames.alliance(allianceId), 4, "Alliance ");
        this.allianceId = allianceId;
    }

    public long allianceId() {
        return allianceId;
    }
}
