package org.eveseat.adapter.persistence;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the start-up migration has finished; read by the readiness check without touching the EJB container. */
@ApplicationScoped
public class MigrationState {
    private final AtomicBoolean migrated = new AtomicBoolean();

    void markMigrated() {
        migrated.set(true);
    }

    public boolean isMigrated() {
        return migrated.get();
    }
}
