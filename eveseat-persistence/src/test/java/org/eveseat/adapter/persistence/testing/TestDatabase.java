package org.eveseat.adapter.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import org.eveseat.adapter.persistence.DatabaseMigration;
import org.eveseat.adapter.persistence.character.JpaAccountRepository;
import org.eveseat.adapter.persistence.character.JpaCharacterRepository;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.shared.CharacterId;

/**
 * One embedded PostgreSQL per test JVM, migrated with the real changelog, and the real persistence unit switched
 * to resource-local transactions. Tests share it, so each test uses ids of its own.
 */
public final class TestDatabase {
    private static TestDatabase instance;

    private final EmbeddedPostgres postgres;
    private final EntityManagerFactory emf;

    private TestDatabase() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.getBoolean("eveseat.test.durable")) { // as the launcher runs it, for benchmarks
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        DatabaseMigration.migrate(postgres.getPostgresDatabase());
        emf = entityManagerFactory(Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = new TestDatabase();
        }
        return instance;
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public int port() {
        return postgres.getPort();
    }

    /** The real persistence unit on this database, resource-local, with extra properties. */
    public EntityManagerFactory entityManagerFactory(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", postgres.getPostgresDatabase());
        return Persistence.createEntityManagerFactory("eveseat", properties);
    }

    /** Runs the work in one committed transaction, as the container would around a repository call. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Empties every table, then links the characters to one new account, for data that belongs to a character. */
    public void linkCharacters(List<CharacterId> characters) {
        truncateApplicationTables();
        inTransaction((EntityManager em) -> {
            var account = new JpaAccountRepository(em).create(EnumSet.of(Role.USER));
            for (CharacterId id : characters) {
                new JpaCharacterRepository(em).save(new LinkedCharacter(id, "Pilot " + id, "hash", account.id(),
                        Set.of(), TokenState.VALID));
            }
            return null;
        });
    }

    /** Empties every table of the changelog, whichever features have added theirs. */
    public void truncateApplicationTables() {
        try (var connection = dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("do $$ declare t text; begin for t in select tablename from pg_tables where "
                    + "schemaname = 'public' and tablename not like 'databasechangelog%' loop "
                    + "execute 'truncate ' || quote_ident(t) || ' cascade'; end loop; end $$");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void close() {
        emf.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
