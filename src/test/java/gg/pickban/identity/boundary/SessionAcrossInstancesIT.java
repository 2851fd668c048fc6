package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SharedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions live where every instance reads them, so they survive restarts (docs/api.md §4): a session that
 * instance B honours, though it was made on A, is kept by no process. Restarting B on top proved nothing
 * more and cost one boot of the shared instance, so the test no longer does.
 */
@ExtendWith(SharedApp.class)
class SessionAcrossInstancesIT {

    @Test
    void aLoginOnOneInstanceIsHonouredByTheOtherAndEndsEverywhere(AppProcess a, @SecondInstance AppProcess b) {
        Api onA = a.api();
        onA.post("/api/tests/login-staff/", null);
        Api onB = onA.on(b);

        assertEquals(201, onB.get("/api/current_user").status());
        assertEquals("hurk_", onB.get("/api/current_user").object().getString("username"));

        assertEquals(302, onB.post("/api/logout", null).status(), "CSRF token from A's login is valid on B");
        assertEquals(200, onA.get("/api/current_user").status(), "logged out everywhere");
        assertEquals("", onA.get("/api/current_user").body());
    }
}
