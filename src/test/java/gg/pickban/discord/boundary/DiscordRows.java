package gg.pickban.discord.boundary;

import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Rows of the Discord ITs, written and read straight in the test database. */
final class DiscordRows {

    /** A scheduled event as stored. */
    record Event(long id, boolean active, Instant nextPostAt, String messageId, Instant claimedUntil) {
    }

    private DiscordRows() {
    }

    static long template(String title, String channelId, boolean rsvp) {
        return insert("""
                INSERT INTO discord_event_template (id, name, template_type, title, description, color, channel_id,
                                                    include_rsvp, created_at, updated_at)
                VALUES (nextval('discord_event_template_seq'), ?, 'event', ?, ?, '#5865F2', ?, ?, now(), now()) RETURNING id""",
                title.length() > 100 ? title.substring(0, 100) : title, title, "About " + title, channelId, rsvp);
    }

    static long event(long templateId, Instant nextPostAt, boolean recurring) {
        return insert("""
                INSERT INTO discord_scheduled_event (id, template_id, is_recurring, next_post_at, created_at)
                VALUES (nextval('discord_scheduled_event_seq'), ?, ?, ?, now()) RETURNING id""",
                templateId, recurring, utc(nextPostAt));
    }

    static Event event(long id) {
        try (Connection db = TestServices.database();
                PreparedStatement select = db.prepareStatement("SELECT is_active, next_post_at, discord_message_id, claimed_until"
                        + " FROM discord_scheduled_event WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Event(id, row.getBoolean(1), instant(row.getObject(2, OffsetDateTime.class)), row.getString(3),
                        instant(row.getObject(4, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Message ids of the event's occurrences, oldest first. */
    static List<String> occurrences(long eventId) {
        return strings("SELECT discord_message_id FROM discord_occurrence WHERE scheduled_event_id = ? ORDER BY id", eventId);
    }

    /** A template as {@code /event} stored it, found by its channel. */
    record Template(long id, String name, String type, String title, String description, String color, boolean rsvp,
            Long createdBy) {
    }

    static List<Template> templates(String channelId) {
        try (Connection db = TestServices.database();
                PreparedStatement select = db.prepareStatement("SELECT id, name, template_type, title, description, color,"
                        + " include_rsvp, created_by_id FROM discord_event_template WHERE channel_id = ? ORDER BY id")) {
            select.setString(1, channelId);
            List<Template> templates = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    templates.add(new Template(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getBoolean(7), (Long) row.getObject(8)));
                }
            }
            return templates;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scheduled events of a template, oldest first. */
    static List<Long> events(long templateId) {
        return strings("SELECT CAST(id AS VARCHAR) FROM discord_scheduled_event WHERE template_id = ? ORDER BY id", templateId)
                .stream().map(Long::valueOf).toList();
    }

    /** The RSVPs given on a message, as {@code "<discord user id>:<status>:<name>"}, in the order given. */
    static List<String> rsvps(String messageId) {
        return strings("SELECT r.discord_user_id || ':' || r.status || ':' || r.discord_username FROM discord_rsvp r"
                + " JOIN discord_occurrence o ON o.id = r.occurrence_id WHERE o.discord_message_id = ?"
                + " ORDER BY r.responded_at, r.id", messageId);
    }

    static void deleteOccurrence(String messageId) {
        update("DELETE FROM discord_occurrence WHERE discord_message_id = ?", messageId);
    }

    /** A user with this Discord id and these site roles. */
    static long member(String discordId, boolean staff, boolean superuser, boolean active) {
        long id = userWithDiscord(discordId, null);
        update("UPDATE users SET is_staff = ?, is_superuser = ?, is_active = ? WHERE id = ?", staff, superuser, active, id);
        return id;
    }

    /**
     * Holds a row lock the way a long transaction would, until the returned handle is closed:
     * {@code sql} is a {@code SELECT … FOR UPDATE} with one parameter.
     */
    static AutoCloseable lock(String sql, Object key) {
        try {
            Connection db = TestServices.database();
            db.setAutoCommit(false);
            try (PreparedStatement select = db.prepareStatement(sql)) {
                select.setObject(1, key);
                select.executeQuery().close();
            }
            return () -> {
                db.rollback();
                db.close();
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long userWithDiscord(String discordId, String avatar) {
        return TestData.insertUser(TestData.unique("discord"), discordId, avatar, null, null, Instant.now());
    }

    static String avatar(long userId) {
        return strings("SELECT avatar FROM users WHERE id = ?", userId).get(0);
    }

    static Instant avatarCheckedAt(long userId) {
        try (Connection db = TestServices.database();
                PreparedStatement select = db.prepareStatement("SELECT avatar_checked_at FROM users WHERE id = ?")) {
            select.setLong(1, userId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return instant(row.getObject(1, OffsetDateTime.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Users the 5-minute batch chooses from: a Discord id and a non-empty hash. */
    static long batchCandidates() {
        return Long.parseLong(strings("SELECT CAST(COUNT(*) AS VARCHAR) FROM users WHERE discord_id IS NOT NULL AND discord_id <> ''"
                + " AND avatar IS NOT NULL AND avatar <> ''").get(0));
    }

    static void storeAccessToken(long userId, String token) {
        update("UPDATE users SET discord_access_token = ? WHERE id = ?", token, userId);
    }

    static long organization(String name, String discordServerId) {
        return insert("""
                INSERT INTO organization (id, name, discord_server_id, created_at, updated_at)
                VALUES (nextval('organization_seq'), ?, ?, now(), now()) RETURNING id""", name, discordServerId);
    }

    static void organizationStaff(long organizationId, long userId) {
        update("INSERT INTO organization_staff (organization_id, user_id) VALUES (?, ?)", organizationId, userId);
    }

    static void organizationAdmin(long organizationId, long userId) {
        update("INSERT INTO organization_admins (organization_id, user_id) VALUES (?, ?)", organizationId, userId);
    }

    private static long insert(String sql, Object... values) {
        try (Connection db = TestServices.database(); PreparedStatement insert = db.prepareStatement(sql)) {
            bind(insert, values);
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                long id = keys.getLong(1);
                TestData.written();
                return id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, Object... values) {
        try (Connection db = TestServices.database(); PreparedStatement update = db.prepareStatement(sql)) {
            bind(update, values);
            update.executeUpdate();
            TestData.written();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String sql, Object... values) {
        try (Connection db = TestServices.database(); PreparedStatement select = db.prepareStatement(sql)) {
            bind(select, values);
            List<String> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
