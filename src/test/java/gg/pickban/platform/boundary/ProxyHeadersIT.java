package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.RawHttp;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.tournament.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the app writes for browsers behind the reverse proxy: Secure cookies over HTTPS, nosniff everywhere. */
@ExtendWith(SharedApp.class)
class ProxyHeadersIT {

    @Test
    void cookiesAreSecureWhenATrustedProxySaysTheBrowserUsesHttps(AppProcess app) {
        Reply https = app.api().header("X-Forwarded-Proto", "https").post("/api/tests/login-user/", null);
        assertEquals(200, https.status());
        assertEquals(2, https.cookies().size(), https.cookies().toString());
        https.cookies().forEach(cookie -> assertTrue(cookie.endsWith("; Secure"), cookie));
        assertTrue(https.cookies().get(0).startsWith("sessionid=") && https.cookies().get(0).contains("; HttpOnly"));
        assertTrue(https.cookies().get(1).startsWith("csrftoken=") && https.cookies().get(1).contains("; SameSite=Lax"));

        Reply http = app.api().post("/api/tests/login-user/", null);
        http.cookies().forEach(cookie -> assertFalse(cookie.contains("Secure"), cookie));

        RawHttp.Answer logout = RawHttp.send(app, "GET", "/logout/", Map.of("X-Forwarded-Proto", "https"), null);
        assertEquals(302, logout.status());
        assertTrue(logout.header("Set-Cookie").get(0).endsWith("; Secure"), logout.toString());
    }

    @Test
    void everyAnswerCarriesNosniff(AppProcess app) {
        long tournament = Fixtures.tournament("nosniff", Instant.now(), null);
        Api anonymous = app.api();
        anonymous.get("/api/tournaments/" + tournament + "/");
        List<String> paths = List.of("/api/users/", "/api/tournaments/" + tournament + "/", "/api/nothing/", "/health/ready",
                "/nothing-here", "/logout/");
        for (String path : paths) {
            RawHttp.Answer answer = RawHttp.send(app, "GET", path, Map.of(), null);
            assertEquals(List.of("nosniff"), answer.header("X-Content-Type-Options"), path + " -> " + answer.status());
        }
    }
}
