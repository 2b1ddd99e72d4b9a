package org.eveseat.adapter.persistence.character;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "eve_character")
public class CharacterEntity {
    @Id
    Long id;

    @Column(nullable = false)
    String name;

    @Column(name = "owner_hash", nullable = false)
    String ownerHash;

    @Column(name = "account_id", nullable = false)
    Long accountId;

    /** Space-separated, as EVE SSO writes scope lists. */
    @Column(nullable = false)
    String scopes;

    @Column(name = "token_state", nullable = false)
    String tokenState;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
