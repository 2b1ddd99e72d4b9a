package org.eveseat.adapter.persistence.character;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Holds ciphertext only; {@link TokenCipher} encrypts before and decrypts after the database. */
@Entity
@Table(name = "character_token")
public class CharacterTokenEntity {
    @Id
    @Column(name = "character_id")
    Long characterId;

    @Column(name = "refresh_token", nullable = false)
    String refreshToken;

    @Column(name = "access_token")
    String accessToken;

    @Column(name = "access_expires_at")
    OffsetDateTime accessExpiresAt;

    @Column(name = "refreshed_at", nullable = false)
    OffsetDateTime refreshedAt;
}
