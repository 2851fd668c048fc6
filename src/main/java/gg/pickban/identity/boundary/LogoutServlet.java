package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SessionStore;
import gg.pickban.platform.boundary.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/** {@code GET /logout/} outside the API: the same logout as {@code /api/logout}, without a CSRF check. */
@WebServlet(urlPatterns = {"/logout", "/logout/"})
public class LogoutServlet extends HttpServlet {

    @Inject
    SessionStore sessions;

    @Inject
    TrustedProxies proxies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            Arrays.stream(cookies).filter(c -> LoginCookies.SESSION.equals(c.getName()))
                    .forEach(c -> sessions.close(c.getValue()));
        }
        response.addHeader("Set-Cookie", LoginCookies.expireSession(proxies.httpsToBrowser(request)));
        response.setStatus(302);
        response.setHeader("Location", "/");
    }
}
