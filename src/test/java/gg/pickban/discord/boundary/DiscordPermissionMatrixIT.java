package gg.pickban.discord.boundary;

import static gg.pickban.testsupport.RoleMatrix.LOGGED_IN;
import static gg.pickban.testsupport.RoleMatrix.NO_PERMISSION;
import static gg.pickban.testsupport.RoleMatrix.ORG_STAFF;
import static gg.pickban.testsupport.RoleMatrix.STAFF;
import static gg.pickban.testsupport.RoleMatrix.error;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.RoleMatrix;
import gg.pickban.testsupport.RoleMatrix.Role;
import gg.pickban.testsupport.RoleMatrix.Row;
import gg.pickban.testsupport.Scope;
import gg.pickban.testsupport.SharedApp;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission table (docs/rules.md §2.3) for the Discord endpoints that are not open to everyone,
 * and the avatar refresh trigger that is: every one × every role, each cell in a fresh
 * {@link Scope}. The shared instance has no bot token, so allowed calls answer empty lists.
 */
@ExtendWith(SharedApp.class)
class DiscordPermissionMatrixIT {

    static List<Row> table() {
        return List.of(
                new Row("GET /api/organizations/{pk}/discord-members/",
                        (api, s) -> api.get("/api/organizations/" + s.organization + "/discord-members/"),
                        ORG_STAFF, 200, error("You do not have access to this organization"), null),
                new Row("GET /api/discord/get_discord_activity/",
                        (api, s) -> api.get("/api/discord/get_discord_activity/"),
                        STAFF, 200, NO_PERMISSION, null),
                new Row("GET /api/discord/user-guilds/",
                        (api, s) -> api.get("/api/discord/user-guilds/"),
                        LOGGED_IN, 200, null, null),
                new Row("POST /api/avatars/refresh/",
                        (api, s) -> api.post("/api/avatars/refresh/", null),
                        EnumSet.allOf(Role.class), 200, null, null));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRole(AppProcess app) {
        return RoleMatrix.walk(app, table());
    }
}
