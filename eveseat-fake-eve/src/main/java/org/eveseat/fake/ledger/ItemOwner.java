package org.eveseat.fake.ledger;

import java.util.List;
import java.util.function.Supplier;

/** What characters and corporations have alike: contracts, industry jobs, blueprints, orders, killmails. */
public abstract class ItemOwner<S extends ItemOwner<S>> extends ContactOwner<S> {

    /** The generated contents of an owner's data sets. */
    record Defaults(Supplier<List<Contract>> contracts, Supplier<List<IndustryJob>> industryJobs,
                    Supplier<List<Blueprint>> blueprints, Supplier<List<MarketOrder>> orders,
                    List<KillmailRef> recentKillmails) {
    }

    private final RecordList<Contract> contracts;
    private final RecordList<IndustryJob> industryJobs;
    private final RecordList<Blueprint> blueprints;
    private final RecordList<MarketOrder> orders;
    private final RecordList<KillmailRef> recentKillmails;

    ItemOwner(long id, String name, int sampleContacts, String labelPrefix, Defaults defaults) {
        super(id, name, sampleContacts, labelPrefix);
        contracts = new RecordList<>(defaults.contracts(), Contract::newer);
        industryJobs = new RecordList<>(defaults.industryJobs(), IndustryJob::newer);
        blueprints = new RecordList<>(defaults.blueprints(), Blueprint::newer);
        orders = new RecordList<>(defaults.orders(), MarketOrder::newer);
        recentKillmails = new RecordList<>(defaults::recentKillmails, KillmailRef::newer);
    }

    public RecordList<Contract> contracts() {
        return contracts;
    }

    public RecordList<IndustryJob> industryJobs() {
        return industryJobs;
    }

    public RecordList<Blueprint> blueprints() {
        return blueprints;
    }

    /** Open market orders. */
    public RecordList<MarketOrder> orders() {
        return orders;
    }

    public RecordList<KillmailRef> recentKillmails() {
        return recentKillmails;
    }
}
