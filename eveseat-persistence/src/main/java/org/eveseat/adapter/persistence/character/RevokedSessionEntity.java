package org.eveseat.adapter.persistence.character;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "revoked_session")
public class RevokedSessionEntity {
    @Id
    @Column(name = "session_id")
    String sessionId;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;
}
