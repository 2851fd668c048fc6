package gg.pickban.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.identity.entity.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The user form hands its fields to the API's editor under the API's names. */
class UserFormTest {

    private static UserForm form() {
        User user = User.fromDiscord("hurk_", "702582402668560454", "hurk_", Instant.parse("2026-01-01T00:00:00Z"));
        user.reportMmr(3000);
        return UserForm.of(user);
    }

    @Test
    void everyFieldGoesUnderItsApiName() {
        UserForm form = form();
        form.setSteamid("");
        JsonObject changes = form.changes(false);
        assertEquals("hurk_", changes.getString("username"));
        assertEquals(3000, changes.getInt("mmr"));
        assertEquals("702582402668560454", changes.getString("discordId"));
        assertEquals("", changes.getString("steamid"), "the editor reads an empty Steam id as unlinking");
        assertEquals(JsonValue.NULL, changes.get("nickname"));
        assertTrue(changes.getBoolean("is_active"));
        assertFalse(changes.getBoolean("is_staff"));
    }

    @Test
    void onlyASuperuserSendsTheSuperuserFlag() {
        assertFalse(form().changes(false).containsKey("is_superuser"));
        assertFalse(form().changes(true).getBoolean("is_superuser"));
        assertTrue(UserForm.FIELDS.keySet().containsAll(form().changes(true).keySet()), "every field has a place for its errors");
    }
}
