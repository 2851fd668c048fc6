package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.DeployedRoutes;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.PathSpellings;
import gg.pickban.testsupport.RawHttp;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TableCounts;
import gg.pickban.testsupport.TestRouteCatalog;
import gg.pickban.testsupport.TestRouteCatalog.Route;
import gg.pickban.testsupport.TestServices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test endpoints as an attacker sees them: with the flag off no spelling of any test route
 * reaches it (they are not deployed); with it on, a client outside the allowed networks is refused
 * however the path is spelled and whatever it puts into X-Forwarded-For.
 */
@ExtendWith(SharedApp.class)
class HiddenTestRoutesIT {

    private static final String BODY = "{\"user_pk\": 1, \"discord_id\": \"1\", \"key\": \"x\"}";
    private static AppProcess off;

    @BeforeAll
    static void bootWithTheFlagOff() {
        Map<String, String> env = new HashMap<>(TestServices.productionEnv());
        env.put("PICKBAN_TEST_ENDPOINTS_ENABLED", "false");
        off = AppProcess.start("gate-off", env);
    }

    @AfterAll
    static void stop() {
        if (off != null) {
            off.close();
        }
    }

    @Test
    void withTheFlagOffNoSpellingOfATestRouteAnswersAndNothingIsWritten(AppProcess shared) throws Exception {
        Logins.user(shared);
        List<Route> routes = TestRouteCatalog.testRoutes();
        assertTrue(routes.size() >= 15, "test routes found: " + routes);
        Map<String, Long> before = TableCounts.now();
        List<String> reached = new ArrayList<>();
        int sent = 0;
        for (Route route : routes) {
            for (String spelling : PathSpellings.of(route.path())) {
                RawHttp.Answer answer = RawHttp.send(off, route.method(), spelling, Map.of("Content-Type", "application/json"), BODY);
                sent++;
                boolean refused = answer.status() == 404 || answer.status() == 400;
                boolean session = answer.header("Set-Cookie").stream().anyMatch(c -> c.startsWith("sessionid="));
                if (!refused || session) {
                    reached.add(route.method() + " " + spelling + " -> " + answer);
                }
            }
        }
        assertEquals(0, reached.size(), "of " + sent + " requests: " + first(reached));
        assertEquals(before, TableCounts.now(), "reset-all and the seeds must not have run");
        assertTrue(off.logLines().stream().anyMatch(l -> l.contains("test-only resource methods not deployed")));
        assertTrue(DeployedRoutes.of(off).stream().noneMatch(o -> o.template().startsWith("/api/tests")),
                "/openapi does not list what is not deployed");
        assertTrue(DeployedRoutes.of(shared).stream().anyMatch(o -> o.template().startsWith("/api/tests/reset-all")),
                "with the flag on it does");
    }

    @Test
    void withTheFlagOnAClientOutsideTheAllowedNetworksIsRefusedHoweverItSpellsThePath(AppProcess shared) {
        List<Route> logins = TestRouteCatalog.testRoutes().stream().filter(r -> r.path().contains("/login-")).toList();
        assertTrue(logins.size() >= 4, "login routes: " + logins);
        List<String> reached = new ArrayList<>();
        for (Route route : logins) {
            for (String spelling : PathSpellings.of(route.path())) {
                for (String forwardedFor : List.of("203.0.113.9", "127.0.0.1, 203.0.113.9", "10.1.2.3,203.0.113.9")) {
                    RawHttp.Answer answer = RawHttp.send(shared, route.method(), spelling,
                            Map.of("Content-Type", "application/json", "X-Forwarded-For", forwardedFor), BODY);
                    if (answer.status() != 404 && answer.status() != 400
                            || answer.header("Set-Cookie").stream().anyMatch(c -> c.startsWith("sessionid="))) {
                        reached.add(route.method() + " " + spelling + " [" + forwardedFor + "] -> " + answer.status());
                    }
                }
            }
        }
        assertEquals(0, reached.size(), first(reached));

        RawHttp.Answer fromTheProxyItself = RawHttp.send(shared, "POST", "/api/tests;x=1/login-user/",
                Map.of("X-Forwarded-For", "203.0.113.9, 127.0.0.1"), null);
        assertEquals(404, fromTheProxyItself.status(), "the right-most untrusted hop is the client");
        RawHttp.Answer allowed = RawHttp.send(shared, "POST", "/api/tests/login-user/", Map.of("X-Forwarded-For", "10.1.2.3"), null);
        assertEquals(200, allowed.status(), "an allowed client behind a trusted proxy still logs in");
        assertFalse(allowed.header("Set-Cookie").isEmpty());
    }

    private static String first(List<String> reached) {
        return String.join("\n", reached.subList(0, Math.min(10, reached.size())));
    }
}
