package org.eveseat.fake.ledger;

import org.eveseat.fake.Json;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public game data: killmails, wars, incursions, factional warfare, sovereignty, industry indices, loyalty stores, public
 * contracts, structures, the server status and the market (see {@link #market()}).
 */
public final class PublicLedger {

    /** The real killmail in the test resources; every recent-killmail list mentions it by default. */
    public static final KillmailRef REAL_KILLMAIL =
            new KillmailRef(88486806L, "3c9ed419c00f123ff8d46475b05b70616d1381d8");

    private final Instant now;
    private final MarketLedger market;
    private final RecordList<Killmail> killmails;
    private final RecordList<War> wars;
    private final Map<Long, RecordList<KillmailRef>> warKillmails = new ConcurrentHashMap<>();
    private final RecordList<Incursion> incursions;
    private final RecordList<WarzoneSystem> warzone;
    private final RecordList<SovereigntyCampaign> sovereigntyCampaigns;
    private final RecordList<SovereigntySystem> sovereigntySystems;
    private final RecordList<IndustryFacility> industryFacilities;
    private final RecordList<IndustrySystem> industrySystems;
    private final Map<Long, RecordList<LoyaltyOffer>> loyaltyOffers = new ConcurrentHashMap<>();
    private final Map<Long, RecordList<Contract>> publicContracts = new ConcurrentHashMap<>();
    private final RecordList<Structure> structures;
    private final Map<Long, Set<Long>> dockingRefused = new ConcurrentHashMap<>();
    private volatile ServerStatus status;

    /** Made by {@link org.eveseat.fake.FakeLedger}; tests get it from there. */
    public PublicLedger(Instant now) {
        this.now = now;
        this.market = new MarketLedger(now);
        killmails = new RecordList<>(() -> List.of(realKillmail()), null);
        wars = new RecordList<>(PublicLedger::sampleWars, null);
        incursions = new RecordList<>(() -> List.of(new Incursion(20000607L, 500019L, true,
                List.of(30004148L, 30004149L, 30004150L, 30004151L, 30004152L, 30004153L, 30004154L), 0.9,
                30004154L, "mobilizing", "Incursion")), null);
        warzone = new RecordList<>(() -> List.of(new WarzoneSystem(30002813L, 500001L, 500001L, "contested", 1200,
                3000), new WarzoneSystem(30003067L, 500004L, 500001L, "captured", 0, 3000)), null);
        sovereigntyCampaigns = new RecordList<>(() -> List.of(new SovereigntyCampaign(32833, 61001096L, 30000856L,
                20000125L, "station_defense", now.plus(Duration.ofHours(5)), 1695357456L, 0.6, 0.4,
                List.of(new SovereigntyCampaign.Participant(99000002L, 0.4)))), null);
        sovereigntySystems = new RecordList<>(() -> sampleSovereignty(now), null);
        industryFacilities = new RecordList<>(() -> List.of(new IndustryFacility(60012544L, 1000126L, 10000001L,
                30000032L, 0.1, 2502L), new IndustryFacility(Samples.JITA_4_4, Samples.CALDARI_NAVY,
                Samples.THE_FORGE, Samples.JITA, 0.1, 1531L)), null);
        industrySystems = new RecordList<>(() -> List.of(costIndices(Samples.JITA), costIndices(Samples.AMARR),
                costIndices(30011392L)), null);
        structures = new RecordList<>(() -> List.of(
                new Structure(1_000_000_000_001L, "Amamake - Test Structure Alpha", Samples.DEFAULT_CORPORATION,
                        30002537L, 35832L, new Position(55028384780.0, 7310316270.0, -163686684205.0)),
                new Structure(1_035_466_617_946L, "Perimeter - Tranquility Trading Tower", Samples.DEFAULT_CORPORATION,
                        30000144L, 35834L, new Position(-1.5e12, 2.1e11, 3.4e11))), null);
        status = new ServerStatus(23_456, "2971478", now.minus(Duration.ofHours(9)), null);
    }

    /** Every system's claim, with the few systems tests name held as they always were. */
    private static List<SovereigntySystem> sampleSovereignty(Instant now) {
        Map<Long, SovereigntySystem> claims = new LinkedHashMap<>();
        SovereigntySample.universe(now).forEach(claim -> claims.put(claim.solarSystemId(), claim));
        List.of(SovereigntySystem.faction(Samples.JITA, 500001L), SovereigntySystem.faction(Samples.AMARR, 500003L),
                SovereigntySystem.unclaimed(30000856L), new SovereigntySystem(30004759L, null,
                        Samples.DEFAULT_ALLIANCE, Samples.DEFAULT_CORPORATION, now.minus(Duration.ofDays(400)), true,
                        1_041_000_000_001L)).forEach(claim -> claims.put(claim.solarSystemId(), claim));
        return List.copyOf(claims.values());
    }

    public MarketLedger market() {
        return market;
    }

    public RecordList<Killmail> killmails() {
        return killmails;
    }

    public RecordList<War> wars() {
        return wars;
    }

    public RecordList<KillmailRef> warKillmails(long warId) {
        return warKillmails.computeIfAbsent(warId, id -> new RecordList<>(() -> List.of(REAL_KILLMAIL),
                KillmailRef::newer));
    }

    public RecordList<Incursion> incursions() {
        return incursions;
    }

    /** The factional-warfare systems (Caldari State 500001 against Gallente Federation 500004). */
    public RecordList<WarzoneSystem> warzone() {
        return warzone;
    }

    public RecordList<SovereigntyCampaign> sovereigntyCampaigns() {
        return sovereigntyCampaigns;
    }

    public RecordList<SovereigntySystem> sovereigntySystems() {
        return sovereigntySystems;
    }

    public RecordList<IndustryFacility> industryFacilities() {
        return industryFacilities;
    }

    public RecordList<IndustrySystem> industrySystems() {
        return industrySystems;
    }

    /** The loyalty store of an NPC corporation; every corporation has the same two offers by default. */
    public RecordList<LoyaltyOffer> loyaltyOffers(long corporationId) {
        return loyaltyOffers.computeIfAbsent(corporationId, id -> new RecordList<>(() -> List.of(
                new LoyaltyOffer(1, 587L, 1, 100, 0, 35000L, List.of()),
                new LoyaltyOffer(2, 603L, 10, 100, 1000, null, List.of(new LoyaltyOffer.RequiredItem(34L, 10)))),
                null));
    }

    /** The public contracts of a region, newest first, listed as they are (outstanding ones, by default). */
    public RecordList<Contract> publicContracts(long regionId) {
        return publicContracts.computeIfAbsent(regionId, id -> new RecordList<>(
                () -> Contract.generate(id, Samples.OTHER_PILOTS.get(2), Samples.DEFAULT_CORPORATION, 12, now)
                        .stream().map(Contract::asPublic).toList(), Contract::newer));
    }

    /** A public contract of any region listed so far. */
    public Optional<Contract> findPublicContract(long contractId) {
        return publicContracts.values().stream().flatMap(contracts -> contracts.all().stream())
                .filter(contract -> contract.contractId() == contractId).findFirst();
    }

    public RecordList<Structure> structures() {
        return structures;
    }

    /** The structure's owner refuses the character docking: its market and details answer that character 403. */
    public PublicLedger refuseDocking(long structureId, long characterId) {
        dockingRefused.computeIfAbsent(structureId, id -> ConcurrentHashMap.newKeySet()).add(characterId);
        return this;
    }

    /** Every character may dock unless a test refused it. */
    public boolean mayDock(long structureId, long characterId) {
        return !dockingRefused.getOrDefault(structureId, Set.of()).contains(characterId);
    }

    public ServerStatus status() {
        return status;
    }

    public PublicLedger status(ServerStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    private static Killmail realKillmail() {
        Object tree = Resources.json("killmail_88486806.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> withHash = new LinkedHashMap<>((Map<String, Object>) tree);
        withHash.put("killmail_hash", REAL_KILLMAIL.killmailHash());
        return Json.toRecord(withHash, Killmail.class);
    }

    private static List<War> sampleWars() {
        War.Party aggressor = new War.Party(null, 986665792L, 0, 0);
        War.Party defender = new War.Party(null, 1001562011L, 0, 0);
        Instant declared = Instant.parse("2004-05-22T05:20:00Z");
        return List.of(
                new War(745_003L, Instant.parse("2026-07-01T11:00:00Z"), Instant.parse("2026-07-02T11:00:00Z"),
                        null, null, false, true, new War.Party(Samples.DEFAULT_ALLIANCE, null, 1.2e9, 14),
                        new War.Party(99000002L, null, 3.5e8, 4), List.of(new War.Ally(null, 98000003L))),
                new War(1941, declared, declared.plus(Duration.ofDays(1)), declared.plus(Duration.ofDays(8)), null,
                        false, false, aggressor, defender, List.of()));
    }

    private static IndustrySystem costIndices(long systemId) {
        Samples samples = Samples.of(systemId, "cost indices");
        return new IndustrySystem(systemId, List.of("manufacturing", "researching_time_efficiency",
                "researching_material_efficiency", "copying", "invention", "reaction").stream()
                .map(activity -> new IndustrySystem.CostIndex(activity, samples.fraction(0.0014, 0.12))).toList());
    }
}
