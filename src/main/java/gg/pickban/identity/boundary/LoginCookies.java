package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SessionStore.Login;
import java.util.List;

/**
 * The two cookies exactly as the frontend expects them (conventions.md §7.1), written as raw
 * Set-Cookie values so servlets and JAX-RS resources send identical headers.
 */
public final class LoginCookies {

    public static final String SESSION = "sessionid";
    public static final String CSRF = "csrftoken";

    private LoginCookies() {
    }

    public static List<String> issue(Login login) {
        return List.of(
                SESSION + "=" + login.sessionKey() + "; HttpOnly; Max-Age=1209600; Path=/",
                CSRF + "=" + login.csrfToken() + "; Max-Age=31449600; Path=/; SameSite=Lax");
    }

    public static String expireSession() {
        return SESSION + "=\"\"; HttpOnly; Max-Age=0; Path=/";
    }
}
