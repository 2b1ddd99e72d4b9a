package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A contract with its items and bids, for characters, corporations and public region listings.
 * {@code type}: unknown, item_exchange, auction, courier or loan; {@code availability}: public, personal,
 * corporation or alliance; {@code status}: outstanding, in_progress, finished_issuer, finished_contractor,
 * finished, cancelled, rejected, failed, deleted or reversed.
 */
public record Contract(long contractId, long issuerId, long issuerCorporationId, long assigneeId, long acceptorId,
                       String type, String status, String availability, boolean forCorporation, String title,
                       Instant dateIssued, Instant dateExpired, Instant dateAccepted, Instant dateCompleted,
                       Long daysToComplete, Long startLocationId, Long endLocationId, Double price, Double reward,
                       Double collateral, Double buyout, Double volume, List<Item> items, List<Bid> bids) {

    public Contract {
        items = List.copyOf(items);
        bids = List.copyOf(bids);
    }

    /** An item; the public listing adds {@code itemId} and the blueprint fields. */
    public record Item(long recordId, long typeId, long quantity, Long rawQuantity, boolean isIncluded,
                       boolean isSingleton, Long itemId, Boolean isBlueprintCopy, Long materialEfficiency,
                       Long timeEfficiency, Long runs) {

        public static Item of(long recordId, long typeId, long quantity) {
            return new Item(recordId, typeId, quantity, null, true, false, 1_000_000_000_000L + recordId, null, null,
                    null, null);
        }
    }

    public record Bid(long bidId, long bidderId, double amount, Instant dateBid) {
    }

    /**
     * {@code count} contracts issued by a pilot, newest first with descending ids; {@code ownerId} (the
     * character, corporation or region listing them) makes the ids and values.
     */
    public static List<Contract> generate(long ownerId, long issuerId, long corporationId, int count, Instant now) {
        Samples samples = Samples.of(ownerId, "contracts");
        long newestId = 190_000_000L + Math.floorMod(ownerId, 100_000L) * 1_000L + count;
        return IntStream.range(0, count).mapToObj(i -> {
            long id = newestId - i;
            Instant issued = now.minus(Duration.ofHours(7L * i + 1));
            String type = List.of("item_exchange", "auction", "courier").get(i % 3);
            boolean auction = type.equals("auction");
            boolean courier = type.equals("courier");
            boolean open = i % 4 == 0;
            Instant accepted = open ? null : issued.plus(Duration.ofHours(2));
            return new Contract(id, issuerId, corporationId, auction ? 0 : samples.pick(Samples.OTHER_PILOTS),
                    open ? 0 : samples.pick(Samples.OTHER_PILOTS), type,
                    open ? "outstanding" : courier ? "in_progress" : "finished", auction ? "public" : "personal",
                    false, "Contract " + id, issued, issued.plus(Duration.ofDays(14)), accepted,
                    open || courier ? null : accepted, courier ? 3L : 0L, Samples.JITA_4_4, Samples.JITA_4_4,
                    samples.isk(1_000, 90_000_000), 0.0, courier ? 50_000_000.0 : 0.0, auction ? 150_000_000.0 : null,
                    10.5, List.of(Item.of(id * 10, samples.pick(Samples.TYPES), samples.between(1, 1000))),
                    auction ? List.of(new Bid(id, Samples.OTHER_PILOTS.get(1), 1_000_000.23, issued.plusSeconds(600)))
                            : List.of());
        }).toList();
    }

    /** The contract as put up for anyone: public, outstanding, not accepted. */
    public Contract asPublic() {
        return new Contract(contractId, issuerId, issuerCorporationId, 0, 0, type, "outstanding", "public",
                forCorporation, title, dateIssued, dateExpired, null, null, daysToComplete, startLocationId,
                endLocationId, price, reward, collateral, buyout, volume, items, bids);
    }

    /** The same contract in another state, e.g. {@code finished} or {@code deleted}. */
    public Contract withStatus(String newStatus) {
        return new Contract(contractId, issuerId, issuerCorporationId, assigneeId, acceptorId, type, newStatus,
                availability, forCorporation, title, dateIssued, dateExpired, dateAccepted, dateCompleted,
                daysToComplete, startLocationId, endLocationId, price, reward, collateral, buyout, volume, items, bids);
    }

    /** Whether its items and bids are still public (ESI answers 204 for a contract taken or gone). */
    public boolean outstanding() {
        return status.equals("outstanding");
    }

    public Contract newer() {
        return new Contract(contractId + 1, issuerId, issuerCorporationId, assigneeId, 0, type, "outstanding",
                availability, forCorporation, "Contract " + (contractId + 1), dateIssued.plusSeconds(60),
                dateExpired.plusSeconds(60), null, null, daysToComplete, startLocationId, endLocationId, price, reward,
                collateral, buyout, volume, items, List.of());
    }
}
