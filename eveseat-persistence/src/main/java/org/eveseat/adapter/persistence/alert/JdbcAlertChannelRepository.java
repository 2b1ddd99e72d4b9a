package org.eveseat.adapter.persistence.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.StorableText;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.ChannelKind;
import org.eveseat.domain.alert.model.Delivery;
import org.eveseat.domain.alert.model.NewAlertChannel;
import org.eveseat.domain.alert.port.out.AlertChannelRepository;
import org.eveseat.domain.shared.AccountId;

/** The accounts' alert channels in {@code alert_channel}. */
@ApplicationScoped
public class JdbcAlertChannelRepository extends JdbcRepository implements AlertChannelRepository {
    private static final String COLUMNS = "id, account_id, kind, name, webhook, created_at, delivery_status, "
            + "delivery_at, delivery_detail";
    private static final int DETAIL_LENGTH = 300;

    protected JdbcAlertChannelRepository() {
        // for CDI
    }

    public JdbcAlertChannelRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public List<AlertChannel> forAccount(AccountId account) {
        return sql().query("select " + COLUMNS + " from alert_channel where account_id = ? order by id",
                s -> s.setLong(1, account.value()), JdbcAlertChannelRepository::channel);
    }

    @Override
    public List<AlertChannel> all() {
        return sql().query("select " + COLUMNS + " from alert_channel order by id", s -> { },
                JdbcAlertChannelRepository::channel);
    }

    @Override
    public Optional<AlertChannel> find(AccountId account, long channelId) {
        return sql().query("select " + COLUMNS + " from alert_channel where account_id = ? and id = ?", s -> {
            s.setLong(1, account.value());
            s.setLong(2, channelId);
        }, JdbcAlertChannelRepository::channel).stream().findFirst();
    }

    @Override
    public AlertChannel add(AccountId account, NewAlertChannel channel, Instant at) {
        return sql().query("insert into alert_channel (account_id, kind, name, webhook, created_at) "
                + "values (?, ?, ?, ?, ?) returning " + COLUMNS, s -> {
                    s.setLong(1, account.value());
                    s.setString(2, channel.kind().name());
                    s.setString(3, StorableText.clean(channel.name()));
                    s.setString(4, StorableText.clean(channel.webhook()));
                    s.setObject(5, Timestamps.toColumn(at));
                }, JdbcAlertChannelRepository::channel).get(0);
    }

    @Override
    public boolean remove(AccountId account, long channelId) {
        return sql().update("delete from alert_channel where account_id = ? and id = ?", s -> {
            s.setLong(1, account.value());
            s.setLong(2, channelId);
        }) > 0;
    }

    @Override
    public void recordDelivery(long channelId, Delivery delivery) {
        String detail = delivery.detail() == null ? null : StorableText.clean(delivery.detail());
        sql().update("update alert_channel set delivery_status = ?, delivery_at = ?, delivery_detail = ? "
                + "where id = ?", s -> {
                    s.setString(1, delivery.status().name());
                    s.setObject(2, delivery.at() == null ? null : Timestamps.toColumn(delivery.at()));
                    s.setString(3, detail == null || detail.length() <= DETAIL_LENGTH ? detail
                            : detail.substring(0, DETAIL_LENGTH));
                    s.setLong(4, channelId);
                });
    }

    private static AlertChannel channel(ResultSet rs) throws SQLException {
        OffsetDateTime deliveredAt = rs.getObject(8, OffsetDateTime.class);
        Delivery.Status status = Delivery.Status.valueOf(rs.getString(7));
        Delivery delivery = status == Delivery.Status.NEVER ? Delivery.NEVER
                : new Delivery(status, deliveredAt == null ? null : Timestamps.fromColumn(deliveredAt),
                rs.getString(9));
        return new AlertChannel(rs.getLong(1), new AccountId(rs.getLong(2)), ChannelKind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), Timestamps.fromColumn(rs.getObject(6, OffsetDateTime.class)),
                delivery);
    }
}
