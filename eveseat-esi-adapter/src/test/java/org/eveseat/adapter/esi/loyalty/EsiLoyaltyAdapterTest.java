package org.eveseat.adapter.esi.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.loyalty.model.LoyaltyOffer;
import org.eveseat.domain.loyalty.model.LoyaltyPoints;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiLoyaltyAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long CALDARI_NAVY = 1000035L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiLoyaltyAdapter adapter = new EsiLoyaltyAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void pointsAreReadAgainOnceTheCacheExpiresAndShowWhatChanged() {
        var points = harness.esi().ledger().character(PILOT).loyaltyPoints();
        points.set(new org.eveseat.fake.ledger.LoyaltyPoints(CALDARI_NAVY, 12_500));
        harness.esi().cacheSeconds(Duration.ofMinutes(5));
        var token = harness.token(PILOT, Set.of(Scopes.READ_LOYALTY));

        var before = adapter.points(new CharacterId(PILOT), token);
        points.set(new org.eveseat.fake.ledger.LoyaltyPoints(CALDARI_NAVY, 2_500),
                new org.eveseat.fake.ledger.LoyaltyPoints(1000180L, 40));
        assertThat(adapter.points(new CharacterId(PILOT), token)).isInstanceOf(EsiResult.NotDue.class);
        harness.clock().advance(Duration.ofMinutes(6));
        var after = adapter.points(new CharacterId(PILOT), token);

        assertThat(((EsiResult.Fresh<List<LoyaltyPoints>>) before).value())
                .containsExactly(new LoyaltyPoints(new CorporationId(CALDARI_NAVY), 12_500));
        assertThat(((EsiResult.Fresh<List<LoyaltyPoints>>) after).value()).containsExactly(
                new LoyaltyPoints(new CorporationId(CALDARI_NAVY), 2_500),
                new LoyaltyPoints(new CorporationId(1000180L), 40));
    }

    @Test
    void pointsNeedTheLoyaltyScope() {
        assertThatThrownBy(() -> adapter.points(new CharacterId(PILOT),
                harness.token(PILOT, Set.of("esi-wallet.read_character_wallet.v1"))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void storeOffersArePublicWithTheirCostsAndRequiredItems() {
        var result = adapter.offers(new CorporationId(CALDARI_NAVY));

        assertThat(((EsiResult.Fresh<List<LoyaltyOffer>>) result).value()).containsExactly(
                new LoyaltyOffer(1, new TypeId(587), 1, 100, Isk.of("0"), 35000L, List.of()),
                new LoyaltyOffer(2, new TypeId(603), 10, 100, Isk.of("1000"), null,
                        List.of(new LoyaltyOffer.RequiredItem(new TypeId(34), 10))));
    }
}
