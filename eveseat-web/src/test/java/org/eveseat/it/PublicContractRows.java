package org.eveseat.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The public contracts of a region as stored, read straight from PostgreSQL. */
final class PublicContractRows {
    private PublicContractRows() {
    }

    static Map<Long, String> statuses(long regionId) {
        Map<Long, String> statuses = new TreeMap<>();
        query("select contract_id, status from public_contract where region_id = ?", regionId,
                rs -> statuses.put(rs.getLong(1), rs.getString(2)));
        return statuses;
    }

    static List<Long> withItems(long regionId) {
        List<Long> ids = new ArrayList<>();
        query("select distinct c.contract_id from public_contract c join public_contract_item i "
                + "on i.contract_id = c.contract_id where c.region_id = ?", regionId, rs -> ids.add(rs.getLong(1)));
        return ids;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, long regionId, Row row) {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, regionId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
