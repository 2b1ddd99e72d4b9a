package org.eveseat.adapter.persistence.wallet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "wallet_balance")
public class WalletBalanceEntity {
    @Id
    @Column(name = "character_id")
    Long characterId;

    @Column(nullable = false, precision = 20, scale = 2)
    BigDecimal balance;

    @Column(name = "synced_at", nullable = false)
    OffsetDateTime syncedAt;
}
