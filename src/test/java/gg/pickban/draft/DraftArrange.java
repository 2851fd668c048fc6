package gg.pickban.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draft ITs arrange through the API as staff, like the frontend: users are inserted, the tournament,
 * its players and the captains' teams are made through the endpoints, then the draft is started.
 */
public final class DraftArrange {

    /** A tournament with one team per captain (team order = the order given) and the draft's first answer. */
    public record Arranged(long tournament, List<Long> captains, List<Long> players, List<Long> teams, JsonObject full) {

        public long draft() {
            return full.getJsonObject("draft").getJsonNumber("pk").longValue();
        }

        public JsonObject draftState() {
            return full.getJsonObject("draft");
        }

        /** The pk of the round with this pick number. */
        public long round(int pickNumber) {
            return roundOf(draftState(), pickNumber).getJsonNumber("pk").longValue();
        }
    }

    private DraftArrange() {
    }

    public static long user(Integer mmr) {
        return TestData.insertUser(TestData.unique("dp"), null, null, null, mmr, Instant.now());
    }

    public static List<Long> users(Integer... mmrs) {
        List<Long> pks = new ArrayList<>();
        for (Integer mmr : mmrs) {
            pks.add(user(mmr));
        }
        return pks;
    }

    public static long tournament(Api staff, List<Long> players) {
        Reply reply = staff.post("/api/tournaments/", "{\"name\": \"" + TestData.unique("Draft Cup") + "\", \"date_played\":"
                + " \"2026-01-21T18:00:00Z\", \"tournament_type\": \"double_elimination\", \"user_ids\": " + ids(players) + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.object().getJsonNumber("pk").longValue();
    }

    public static JsonObject captain(Api staff, long tournament, long user, int draftOrder) {
        Reply reply = staff.post("/api/tournaments/create-team-from-captain", "{\"tournament_pk\": " + tournament
                + ", \"user_pk\": " + user + ", \"draft_order\": " + draftOrder + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.object();
    }

    public static JsonObject init(Api staff, long tournament) {
        Reply reply = staff.post("/api/tournaments/init-draft", "{\"tournament_pk\": " + tournament + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.object();
    }

    /**
     * Captains and players with these MMRs (captains are players too), teams in the captains' order,
     * the draft started in {@code style} (the frontend: init, change the style, init again).
     */
    public static Arranged draft(Api staff, String style, List<Integer> captainMmrs, List<Integer> playerMmrs) {
        List<Long> captains = users(captainMmrs.toArray(Integer[]::new));
        List<Long> players = users(playerMmrs.toArray(Integer[]::new));
        List<Long> everyone = new ArrayList<>(captains);
        everyone.addAll(players);
        long tournament = tournament(staff, everyone);
        JsonObject full = null;
        for (int i = 0; i < captains.size(); i++) {
            full = captain(staff, tournament, captains.get(i), i + 1);
        }
        full = init(staff, tournament);
        if (!"snake".equals(style)) {
            long draft = full.getJsonObject("draft").getJsonNumber("pk").longValue();
            Reply restyled = staff.patch("/api/drafts/" + draft + "/", "{\"draft_style\": \"" + style + "\"}");
            assertEquals(200, restyled.status(), restyled.body());
            full = init(staff, tournament);
        }
        List<Long> teams = full.getJsonArray("teams").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("pk").longValue()).toList();
        return new Arranged(tournament, captains, players, teams, full);
    }

    public static JsonObject roundOf(JsonObject draftState, int pickNumber) {
        return draftState.getJsonArray("draft_rounds").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("pick_number") == pickNumber).findFirst().orElseThrow();
    }

    public static String pick(long round, long user) {
        return "{\"draft_round_pk\": " + round + ", \"user_pk\": " + user + "}";
    }

    public static String ids(List<Long> pks) {
        return pks.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /** The first column of every row, as text. */
    public static List<String> strings(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The event types of a draft, oldest first. */
    public static List<String> eventTypes(long draft) {
        return strings("SELECT event_type FROM draft_event WHERE draft_id = ? ORDER BY id", draft);
    }

    public static long pk(JsonObject object) {
        return object.getJsonNumber("pk").longValue();
    }
}
