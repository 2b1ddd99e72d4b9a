package org.eveseat.adapter.esi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.junit.jupiter.api.Test;

/** What a table call derives from the spec: where each parameter goes, its cache key and whose bucket pays. */
class EsiRequestTest {
    private static final AccessToken TOKEN = new AccessToken("token", Instant.parse("2026-12-07T10:00:00Z"));

    @Test
    void parametersGoWhereTheSpecSaysAndTheQueryIsPartOfTheCacheKey() {
        var orders = EsiRequest.of("GET /markets/{region_id}/orders").with("type_id", 34L).with("region_id", 10000002L)
                .with("order_type", "sell");

        assertThat(orders.path()).isEqualTo("/markets/10000002/orders");
        assertThat(orders.operation()).isEqualTo(new EsiOperation("/markets/10000002/orders?order_type=sell&type_id=34",
                "market-order", "public"));
    }

    @Test
    void anOptionalParameterLeftNullIsLeftOut() {
        var orders = EsiRequest.of("GET /markets/{region_id}/orders").with("region_id", 1).with("order_type", "all")
                .with("type_id", null);

        assertThat(orders.operation().resource()).isEqualTo("/markets/1/orders?order_type=all");
    }

    @Test
    void aParameterTheOperationLacksOrAnOperationOutsideTheTableIsRefused() {
        assertThatThrownBy(() -> EsiRequest.of("GET /markets/prices").with("region_id", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region_id");
        assertThatThrownBy(() -> EsiRequest.of("GET /universe/races"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operations.txt");
        assertThatThrownBy(() -> EsiRequest.of("GET /markets/{region_id}/history").with("type_id", 34).path())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("region_id");
    }

    @Test
    void theGroupComesFromTheSpecAndAPublicOperationIsChargedToThePublicBucket() {
        assertThat(EsiRequest.of("GET /fw/systems").operation())
                .isEqualTo(new EsiOperation("/fw/systems", "factional-warfare", "public"));
        assertThat(EsiRequest.of("GET /markets/prices").token(TOKEN).operation().group()).isEqualTo(RateLimitGroup.NONE);
    }

    @Test
    void aCorporationOrFleetOfThePathStandsForTheTokensBucket() {
        assertThat(EsiRequest.of("GET /fleets/{fleet_id}/members").with("fleet_id", 42L).token(TOKEN).operation())
                .isEqualTo(new EsiOperation("/fleets/42/members", "fleet", "fleet:42"));
        assertThat(EsiRequest.of("GET /corporations/{corporation_id}/divisions").with("corporation_id", 98L)
                .token(TOKEN).operation()).isEqualTo(new EsiOperation("/corporations/98/divisions", "corp-wallet",
                "corporation:98"));
        assertThat(EsiRequest.of("GET /characters/{character_id}/fleet").with("character_id", 7L).token(TOKEN)
                .operation()).isEqualTo(new EsiOperation("/characters/7/fleet#7", "fleet", "7"));
    }

    @Test
    void aStructureReadWithACharactersTokenIsThatCharactersCacheEntryAndBucket() {
        var market = EsiRequest.of("GET /markets/structures/{structure_id}").with("structure_id", 1035466617946L)
                .token(TOKEN, new CharacterId(2112625428L));

        assertThat(market.operation()).isEqualTo(new EsiOperation("/markets/structures/1035466617946#2112625428",
                RateLimitGroup.NONE, "2112625428"));
    }

    @Test
    void aListIsTheParameterRepeatedAndOneKeyOfItsValuesAndAnEmptyListIsLeftOut() {
        var delete = EsiRequest.of("DELETE /characters/{character_id}/contacts").with("character_id", 7L)
                .with("contact_ids", List.of(90000001L, 90000002L)).token(TOKEN);
        var edit = EsiRequest.of("PUT /characters/{character_id}/contacts").with("character_id", 7L)
                .with("label_ids", List.of()).with("standing", 5.0).with("watched", false);

        assertThat(delete.query()).containsExactly(Map.entry("contact_ids", List.of("90000001", "90000002")));
        assertThat(delete.operation().resource()).isEqualTo("/characters/7/contacts?contact_ids=90000001,90000002#7");
        assertThat(edit.query()).containsOnlyKeys("standing", "watched");
    }
}
