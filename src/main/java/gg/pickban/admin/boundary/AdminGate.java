package gg.pickban.admin.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.boundary.PageSessions;
import gg.pickban.identity.boundary.ReturnPath;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.PublicOrigin;
import gg.pickban.platform.boundary.TrustedOrigins;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see the staff pages, checked before Faces runs: an unsafe request whose {@code Origin} is
 * foreign is refused (403); anonymous browsers go to the Discord login, which brings them back to the
 * page they asked for; logged-in users who are not active staff get a 403 page; values with NUL
 * characters are refused (400). Every answer is uncacheable and may not be framed by another site.
 */
@WebFilter(urlPatterns = {"/admin", "/admin/*"})
public class AdminGate extends HttpFilter {

    static final String LOGIN = "/login/discord/";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    PageSessions sessions;

    @Inject
    Caller caller;

    @Inject
    TrustedOrigins origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!SAFE.contains(request.getMethod()) && !origins.accepts(request.getHeader("Origin"), PublicOrigin.of(request))) {
            StaffPages.refusal(response, 403, "Refused", "This form was sent from another site.");
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Optional<User> user = sessions.authenticate(request);
        if (user.isEmpty()) {
            toLogin(request, response);
            return;
        }
        if (!user.get().isActive() || !caller.isStaff()) {
            StaffPages.refusal(response, 403, "Staff only",
                    "You are logged in as " + user.get().username() + ", who is not site staff.");
            return;
        }
        if (hasNulCharacter(request)) {
            StaffPages.refusal(response, 400, "Bad request", "A value sent contains a NUL character.");
            return;
        }
        chain.doFilter(request, new RelativeRedirects(response));
    }

    /** No text field takes one, and the database would refuse it only when it is written or searched for. */
    static boolean hasNulCharacter(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream().anyMatch(parameter -> parameter.getKey().indexOf('\0') >= 0
                || Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf('\0') >= 0));
    }

    /** After the login the browser comes back here: the page itself for a GET, else the page without its form. */
    private static void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getRequestURI();
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            page += "?" + request.getQueryString();
        }
        String back = ReturnPath.of(page).orElse(StaffPages.HOME);
        String location = LOGIN + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            StaffPages.ajaxRedirect(response, location);
            return;
        }
        response.setStatus("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? 302 : 303);
        response.setHeader("Location", location);
    }
}
