package gg.pickban.identity.boundary;

import gg.pickban.cluster.control.SharedValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pac4j.core.context.WebContext;
import org.pac4j.core.context.session.SessionStore;
import org.pac4j.jee.context.JEEContext;

/**
 * pac4j's session for the Discord login: what it keeps between {@code /login/discord/} and
 * {@code /complete/discord/} (the OAuth state) lives in {@link SharedValues}, so the two requests
 * may reach different instances. The browser holds only a random id in its own short-lived
 * cookie; the login cookies {@code sessionid}/{@code csrftoken} are never touched here.
 */
@ApplicationScoped
public class DiscordStateStore implements SessionStore {

    static final String COOKIE = "oauth_state_session";
    static final Duration TTL = Duration.ofMinutes(10);

    private static final String KEY_PREFIX = "pickban:oauth-session:";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{32}");
    private static final char[] ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REQUEST_ATTRIBUTE = DiscordStateStore.class.getName();

    @Inject
    SharedValues values;

    @Override
    public Optional<String> getSessionId(WebContext context, boolean createSession) {
        HttpServletRequest request = ((JEEContext) context).getNativeRequest();
        String id = (String) request.getAttribute(REQUEST_ATTRIBUTE);
        if (id == null) {
            id = cookie(request).orElseGet(() -> createSession ? newId() : null);
            request.setAttribute(REQUEST_ATTRIBUTE, id);
        }
        return Optional.ofNullable(id);
    }

    @Override
    public Optional<Object> get(WebContext context, String key) {
        return getSessionId(context, false).flatMap(id -> values.get(KEY_PREFIX + id + ":" + key));
    }

    /** Keeps strings only (pac4j stores its state as one); null removes the entry. */
    @Override
    public void set(WebContext context, String key, Object value) {
        if (value == null) {
            getSessionId(context, false).ifPresent(id -> values.delete(KEY_PREFIX + id + ":" + key));
            return;
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("only strings are kept between the login requests, not " + key);
        }
        String id = getSessionId(context, true).orElseThrow();
        values.put(KEY_PREFIX + id + ":" + key, text, TTL);
        // the cookie lives as long as what it points to, also when an existing one is reused
        ((JEEContext) context).getNativeResponse().addHeader("Set-Cookie",
                COOKIE + "=" + id + "; HttpOnly; Max-Age=" + TTL.toSeconds() + "; Path=/");
    }

    /** Forgets the browser's id; entries still stored expire on their own. */
    @Override
    public boolean destroySession(WebContext context) {
        ((JEEContext) context).getNativeResponse().addHeader("Set-Cookie", COOKIE + "=\"\"; HttpOnly; Max-Age=0; Path=/");
        return true;
    }

    @Override
    public Optional<Object> getTrackableSession(WebContext context) {
        return Optional.empty();
    }

    @Override
    public Optional<SessionStore> buildFromTrackableSession(WebContext context, Object trackableSession) {
        return Optional.empty();
    }

    @Override
    public boolean renewSession(WebContext context) {
        return false;
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()) && ID.matcher(c.getValue()).matches())
                .map(Cookie::getValue).findFirst();
    }

    private static String newId() {
        char[] id = new char[32];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(id);
    }
}
