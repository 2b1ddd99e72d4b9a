package org.eveseat.adapter.esi.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.NoSuchElementException;

import org.eveseat.adapter.esi.table.EsiOperationSpec.Paging;
import org.junit.jupiter.api.Test;

/** The table holds what the spec says of each operation, read from its fields and ESI's extensions. */
class EsiOperationTableTest {

    @Test
    void holdsEveryOperationOfTheSpec() {
        assertThat(EsiOperationTable.spec().all()).hasSize(225);
        assertThat(EsiOperationTable.spec().rateLimits()).hasSize(42)
                .containsEntry("char-wallet", new EsiOperationSpec.RateLimit("char-wallet", 150, Duration.ofMinutes(15)));
    }

    @Test
    void aPagedPublicOperationWithItsGroupAndCacheAge() {
        EsiOperationSpec orders = EsiOperationTable.operation("GET /markets/{region_id}/orders");
        assertThat(orders.scope()).isNull();
        assertThat(orders.rateLimit().group()).isEqualTo("market-order");
        assertThat(orders.rateLimit().maxTokens()).isEqualTo(12000);
        assertThat(orders.cache()).isEqualTo(new EsiOperationSpec.Cache(300, false));
        assertThat(orders.paging()).isEqualTo(Paging.PAGES);
        assertThat(orders.parameter("order_type")).hasValueSatisfying(p -> assertThat(p.required()).isTrue());
        assertThat(orders.parameter("region_id").orElseThrow().in()).isEqualTo("path");
        assertThat(orders.parameter("If-None-Match")).as("shared headers are the transport's").isEmpty();
    }

    @Test
    void scopesRolesDailyExpiryCursorsAndWrites() {
        assertThat(EsiOperationTable.operation("GET /characters/{character_id}/wallet/transactions"))
                .returns("esi-wallet.read_character_wallet.v1", EsiOperationSpec::scope)
                .returns(Paging.FROM_ID, EsiOperationSpec::paging);
        assertThat(EsiOperationTable.operation("GET /corporations/{corporation_id}/wallets").roles())
                .containsExactlyInAnyOrder("Accountant", "Junior_Accountant");
        assertThat(EsiOperationTable.operation("GET /markets/{region_id}/history").cache().daily()).isTrue();
        assertThat(EsiOperationTable.operation("GET /corporations/{corporation_id}/projects").paging())
                .isEqualTo(Paging.CURSOR);
        EsiOperationSpec send = EsiOperationTable.operation("POST /characters/{character_id}/mail");
        assertThat(send.idempotent()).isFalse();
        assertThat(send.successStatus()).isEqualTo(201);
        assertThat(send.cache().cached()).isFalse();
        assertThat(send.parameter("body")).isPresent();
    }

    @Test
    void anOperationTheSpecLacksIsRefusedByName() {
        assertThatThrownBy(() -> EsiOperationTable.operation("GET /sovereignty/map"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("GET /sovereignty/map");
    }
}
