package org.eveseat.domain.wallet.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;

/** A character's wallet balance as ESI last reported it. */
public record WalletBalance(CharacterId characterId, Isk balance, Instant syncedAt) {
}
