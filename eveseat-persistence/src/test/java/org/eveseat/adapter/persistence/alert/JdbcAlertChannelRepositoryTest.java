package org.eveseat.adapter.persistence.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.alert.AlertChannelRepositoryContract;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.alert.port.out.AlertChannelRepository;

/** The alert channels in PostgreSQL keep the contract of every channel store, and go with their account. */
class JdbcAlertChannelRepositoryTest implements AlertChannelRepositoryContract {
    private final TestDatabase db = TestDatabase.get();
    private final JdbcAlertChannelRepository channels = new JdbcAlertChannelRepository(db.dataSource());

    @BeforeEach
    void accounts() throws SQLException {
        db.truncateApplicationTables();
        execute("insert into account (id) values (" + ALICE.value() + "), (" + BOB.value() + ")");
    }

    @Override
    public AlertChannelRepository channels() {
        return channels;
    }

    @Test
    void aLongDetailIsCutAndTheChannelsGoWithTheirAccount() throws SQLException {
        long id = channels.add(ALICE, new NewAlertChannel(ChannelKind.DISCORD, "Ops", DISCORD), AT).id();

        channels.recordDelivery(id, Delivery.failed(AT, "x".repeat(1_000)));

        assertThat(channels.find(ALICE, id).orElseThrow().lastDelivery().detail()).hasSize(300);
        execute("delete from account where id = " + ALICE.value());
        assertThat(channels.all()).isEmpty();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.createStatement().execute(sql);
        }
    }
}
