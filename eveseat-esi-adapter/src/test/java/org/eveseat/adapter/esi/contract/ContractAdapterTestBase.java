package org.eveseat.adapter.esi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.fake.ledger.Contract;
import org.eveseat.fake.ledger.Contract.Bid;
import org.eveseat.fake.ledger.Contract.Item;
import org.junit.jupiter.api.AfterEach;

/** The fake ESI, the adapter under test and the contracts the tests put into the fake's ledger. */
abstract class ContractAdapterTestBase {
    static final long PILOT = 2112625428L;
    static final long CORPORATION = 98000001L;
    static final long JITA_4_4 = 60003760L;
    static final long AMARR_HUB = 60008494L;
    static final Instant ISSUED = Instant.parse("2026-08-01T10:00:00Z");

    final FakeEsiHarness harness = new FakeEsiHarness();
    final EsiContractAdapter adapter = new EsiContractAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    static <T> T fresh(EsiResult<T> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<T>) result).value();
    }

    /** ESI fills the parts a courier does not use with 0; the mapper drops them. */
    static Contract courier() {
        return new Contract(190000002L, PILOT, CORPORATION, 90000001L, 90000001L, "courier",
                "in_progress", "personal", false, "Jita to Amarr", ISSUED, ISSUED.plus(Duration.ofDays(14)),
                ISSUED.plusSeconds(600), null, 3L, JITA_4_4, AMARR_HUB, 0.0, 12_000_000.0, 500_000_000.0, 0.0,
                12_500.0, List.of(), List.of());
    }

    static Contract itemExchange() {
        return new Contract(190000001L, PILOT, CORPORATION, 0, 0, "item_exchange",
                "outstanding", "public", true, "Rifters", ISSUED, ISSUED.plus(Duration.ofDays(14)), null, null, 0L,
                JITA_4_4, JITA_4_4, 1_250_000.5, 0.0, 0.0, 0.0, 10.5,
                List.of(Item.of(1900000010L, 587, 3)), List.of());
    }

    static Contract auction() {
        return new Contract(190000003L, PILOT, CORPORATION, 0, 0, "auction", "outstanding",
                "public", false, "Rifter", ISSUED, ISSUED.plus(Duration.ofDays(3)), null, null, 0L, JITA_4_4,
                JITA_4_4, 1_000_000.0, 0.0, 0.0, 150_000_000.0, 27_289.0,
                List.of(new Item(1900000030L, 587, 1, -2L, true, true, 1_000_000_000_030L, true, 10L, 20L, 5L),
                        new Item(1900000031L, 34, 5000, null, false, false, null, null, null, null, null)),
                List.of(new Bid(77001, 90000002L, 1_000_000.23, ISSUED.plusSeconds(60))));
    }
}
