package gg.pickban.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /login/discord/} (docs/api.md §4, login): 302 to Discord's authorize page, or back to
 * {@code /} when the login cannot start. {@code ?next=} names the page to come back to after the
 * login; only a staff page path ({@link ReturnPath}) is kept, anything else is ignored.
 */
@WebServlet(urlPatterns = {"/login/discord", "/login/discord/"})
public class DiscordLoginServlet extends HttpServlet {

    @Inject
    DiscordOAuth discord;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(302);
        response.setHeader("Location", discord.authorizationUrl(request, response,
                ReturnPath.of(request.getParameter("next"))).orElse("/"));
    }
}
