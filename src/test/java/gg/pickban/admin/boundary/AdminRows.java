package gg.pickban.admin.boundary;

import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Rows the staff-site tests arrange and read behind the app's back, over JDBC. */
final class AdminRows {

    private AdminRows() {
    }

    static void roles(long userId, boolean staff, boolean superuser) {
        update("UPDATE users SET is_staff = ?, is_superuser = ? WHERE id = ?", staff, superuser, userId);
    }

    static void rsvp(long occurrenceId, String discordUserId, String name, String status) {
        update("INSERT INTO discord_rsvp (id, occurrence_id, discord_user_id, discord_username, status, responded_at)"
                + " VALUES (nextval('discord_rsvp_seq'), ?, ?, ?, ?, now())", occurrenceId, discordUserId, name, status);
    }

    static List<Long> occurrences(long eventId) {
        return longs("SELECT id FROM discord_occurrence WHERE scheduled_event_id = ? ORDER BY id", eventId);
    }

    static List<Long> eventsOfTemplate(long templateId) {
        return longs("SELECT id FROM discord_scheduled_event WHERE template_id = ? ORDER BY id", templateId);
    }

    static String nextPostAt(long eventId) {
        return longs("SELECT EXTRACT(EPOCH FROM next_post_at)::bigint FROM discord_scheduled_event WHERE id = ?", eventId)
                .get(0).toString();
    }

    static long auditRecords(String objectType, String objectId, String action) {
        return longs("SELECT COUNT(*) FROM admin_change WHERE object_type = ? AND object_id = ? AND action = ?",
                objectType, objectId, action).get(0);
    }

    static long count(String table) {
        return longs("SELECT COUNT(*) FROM " + table).get(0);
    }

    /** Many users at once, named {@code prefix_1} … {@code prefix_n}, with MMRs spread over 1–9999. */
    static void bulkUsers(String prefix, int n) {
        try (Connection db = TestServices.database(); Statement insert = db.createStatement()) {
            insert.executeUpdate("INSERT INTO users (id, username, mmr, date_joined) SELECT nextval('users_seq'), '" + prefix
                    + "_' || g, 1 + (g * 7919) % 9999, now() FROM generate_series(1, " + n + ") g");
            TestData.written();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, Object... values) {
        try (Connection db = TestServices.database(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
            TestData.written();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> longs(String sql, Object... values) {
        try (Connection db = TestServices.database(); PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            List<Long> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
