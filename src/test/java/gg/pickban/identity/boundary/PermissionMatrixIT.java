package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SteamData;
import gg.pickban.testsupport.TestData;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission table of docs/rules.md §2.3, table-driven: every mutating endpoint × every site-wide role. Each cell gets a
 * fresh target, so an allowed call never changes what the next cell sees. Scoped roles
 * (organization, league, team, draft round) are walked by each component's *PermissionMatrixIT on
 * {@code testsupport.RoleMatrix}.
 */
@ExtendWith(SharedApp.class)
class PermissionMatrixIT {

    /** BARE_SUPERUSER: {@code is_superuser} without {@code is_staff}, a staff all the same (docs/decisions.md D3). */
    enum Role { ANONYMOUS, USER, STAFF, SUPERUSER, BARE_SUPERUSER }

    private static final Set<Role> ANY = EnumSet.allOf(Role.class);
    private static final Set<Role> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));
    private static final Set<Role> STAFF = EnumSet.of(Role.STAFF, Role.SUPERUSER, Role.BARE_SUPERUSER);
    private static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";
    private static final String NO_PERMISSION = "{\"detail\":\"You do not have permission to perform this action.\"}";

    /** One endpoint: how to call it against a fresh target, who may, what the refused get. */
    record Row(String endpoint, Function<Api, Reply> call, Set<Role> allowed, String deniedBody) {
    }

    private static long freshUser() {
        return TestData.insertUser(TestData.unique("matrix"), null, null, null, null, Instant.now());
    }

    private static long bareSuperuser() {
        long pk = freshUser();
        SteamData.update("UPDATE users SET is_superuser = TRUE, is_staff = FALSE WHERE id = ?", pk);
        TestData.written();
        return pk;
    }

    static List<Row> rows() {
        return List.of(
                new Row("POST /api/users/", api -> api.post("/api/users/", "{\"username\": \"" + TestData.unique("m") + "\"}"),
                        STAFF, NO_PERMISSION),
                new Row("POST /api/user/register", api -> api.post("/api/user/register", "{\"username\": \"" + TestData.unique("m") + "\"}"),
                        STAFF, NO_PERMISSION),
                new Row("PUT /api/users/{pk}/", api -> api.put("/api/users/" + freshUser() + "/", "{\"username\": \"" + TestData.unique("m") + "\"}"),
                        STAFF, NO_PERMISSION),
                new Row("PATCH /api/users/{pk}/", api -> api.patch("/api/users/" + freshUser() + "/", "{\"mmr\": 1}"),
                        STAFF, NO_PERMISSION),
                new Row("DELETE /api/users/{pk}/", api -> api.delete("/api/users/" + freshUser() + "/"),
                        STAFF, NO_PERMISSION),
                new Row("GET /api/users/search/", api -> api.get("/api/users/search/?q=matrix"),
                        LOGGED_IN, null),
                new Row("POST /api/profile_update", api -> api.post("/api/profile_update", "{\"nickname\": \"x\"}"),
                        LOGGED_IN, null),
                new Row("POST /api/jokes/tangoes/buy/", api -> api.post("/api/jokes/tangoes/buy/", null),
                        LOGGED_IN, null),
                new Row("POST /api/logout", api -> api.post("/api/logout", null),
                        ANY, null));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRole(AppProcess app) {
        return rows().stream().flatMap(row -> EnumSet.allOf(Role.class).stream().map(role ->
                DynamicTest.dynamicTest(row.endpoint() + " as " + role, () -> check(app, row, role))));
    }

    private static void check(AppProcess app, Row row, Role role) {
        Reply reply = row.call().apply(browser(app, role));
        if (row.allowed().contains(role)) {
            assertNotEquals(403, reply.status(), reply.body());
            assertEquals(true, reply.status() < 400, reply.body());
        } else {
            assertEquals(403, reply.status(), reply.body());
            assertEquals(role == Role.ANONYMOUS ? NOT_AUTHENTICATED : row.deniedBody(), reply.body());
        }
    }

    private static Api browser(AppProcess app, Role role) {
        return switch (role) {
            case ANONYMOUS -> Logins.anonymous(app);
            case USER -> Logins.user(app);
            case STAFF -> Logins.staff(app);
            case SUPERUSER -> Logins.superuser(app);
            case BARE_SUPERUSER -> Logins.as(app, bareSuperuser());
        };
    }
}
