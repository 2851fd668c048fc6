package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SessionStore;
import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The frontend's {@code sessionid} login for server-rendered pages outside JAX-RS: the cookie's
 * live session names the request's {@link Caller}, exactly as {@link SessionAuthentication} does
 * for the API.
 */
@ApplicationScoped
public class PageSessions {

    @Inject
    SessionStore sessions;

    @Inject
    Caller caller;

    public Optional<User> authenticate(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        Optional<String> key = Arrays.stream(cookies).filter(c -> LoginCookies.SESSION.equals(c.getName()))
                .map(Cookie::getValue).findFirst();
        Optional<User> user = key.flatMap(sessions::userOf);
        user.ifPresent(u -> caller.authenticate(u, key.get()));
        return user;
    }
}
