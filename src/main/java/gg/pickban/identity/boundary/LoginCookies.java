package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SessionStore.Login;
import java.util.List;

/**
 * The two cookies exactly as the frontend expects them (docs/api.md §4), written as raw
 * Set-Cookie values so servlets and JAX-RS resources send identical headers. When the browser's
 * connection is HTTPS (the request's own, or a trusted proxy says so) both are {@code Secure}.
 */
public final class LoginCookies {

    public static final String SESSION = "sessionid";
    public static final String CSRF = "csrftoken";

    private LoginCookies() {
    }

    public static List<String> issue(Login login, boolean secure) {
        return List.of(
                SESSION + "=" + login.sessionKey() + "; HttpOnly; Max-Age=1209600; Path=/" + secure(secure),
                CSRF + "=" + login.csrfToken() + "; Max-Age=31449600; Path=/; SameSite=Lax" + secure(secure));
    }

    public static String expireSession(boolean secure) {
        return SESSION + "=\"\"; HttpOnly; Max-Age=0; Path=/" + secure(secure);
    }

    private static String secure(boolean secure) {
        return secure ? "; Secure" : "";
    }
}
