package gg.pickban.identity.boundary;

import gg.pickban.identity.control.DiscordAccount;
import gg.pickban.identity.control.DiscordSignIn;
import gg.pickban.identity.control.SessionStore.Login;
import gg.pickban.identity.control.SessionStore;
import gg.pickban.platform.boundary.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code GET /complete/discord/?code&state} (docs/api.md §4, login): the Discord account signs
 * in its user, who gets a new session and CSRF token and goes to {@code /done} (or to the staff page
 * the login was started for). Any failure logs in nobody and goes to {@code /}.
 */
@WebServlet(urlPatterns = {"/complete/discord", "/complete/discord/"})
public class DiscordCallbackServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(DiscordCallbackServlet.class.getName());

    @Inject
    DiscordOAuth discord;

    @Inject
    DiscordSignIn signIn;

    @Inject
    SessionStore sessions;

    @Inject
    TrustedProxies proxies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> returnPath = discord.returnPath(request, response);
        Optional<DiscordAccount> account = discord.complete(request, response);
        String location = "/";
        if (account.isPresent()) {
            try {
                Login login = sessions.open(signIn.signIn(account.get()));
                LoginCookies.issue(login, proxies.httpsToBrowser(request)).forEach(cookie -> response.addHeader("Set-Cookie", cookie));
                location = returnPath.orElse("/done");
            } catch (RuntimeException e) {
                LOG.warning("Discord login of " + account.get() + " failed at the sign-in: " + DiscordOAuth.describe(e));
            }
        }
        response.setStatus(302);
        response.setHeader("Location", location);
    }
}
