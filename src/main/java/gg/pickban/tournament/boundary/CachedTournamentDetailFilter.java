package gg.pickban.tournament.boundary;

import gg.pickban.cluster.control.DerivedJson;
import gg.pickban.platform.boundary.RequestIdFilter;
import gg.pickban.platform.boundary.SqlStatementHeader;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/tournaments/{pk}/} is the hottest read (the draft UI re-reads it after every
 * pick). When this instance already rendered the tournament in the current data generation, the
 * bytes are written here, below JAX-RS: the same body and headers {@link TournamentsResource#get}
 * would produce, without routing, request scopes and response filters. Anything else — a miss, an
 * unknown pk, an Accept the resource would refuse, HEAD — goes on to JAX-RS, which renders and
 * fills the cache. Never stale for the same reason the cache is not: a hit is checked against the
 * shared generation that every committed write moves on (docs/decisions.md D10).
 */
@WebFilter(urlPatterns = "/api/tournaments/*")
public class CachedTournamentDetailFilter extends HttpFilter {

    private static final Pattern DETAIL = Pattern.compile("/api/tournaments/([0-9]{1,18})/?");

    @Inject
    DerivedJson derived;

    @Inject
    @ConfigProperty(name = "pickban.test-endpoints.enabled", defaultValue = "false")
    boolean countingStatements;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<byte[]> hit = servable(request).flatMap(pk -> derived.cached(TournamentsResource.detailKey(pk)));
        if (hit.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] json = hit.get();
        response.setStatus(200);
        response.setHeader(RequestIdFilter.HEADER, RequestIdFilter.idFor(request.getHeader(RequestIdFilter.HEADER)));
        if (countingStatements) {
            response.setHeader(SqlStatementHeader.HEADER, "0");
        }
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static Optional<Long> servable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Upgrade") != null || !acceptsJson(request.getHeader("Accept"))) {
            return Optional.empty();
        }
        Matcher detail = DETAIL.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return detail.matches() ? Optional.of(Long.parseLong(detail.group(1))) : Optional.empty();
    }

    /** The resource produces application/json only; anything pickier is JAX-RS's to answer (406). */
    static boolean acceptsJson(String accept) {
        return accept == null || accept.isBlank() || accept.equals("*/*") || accept.equals("application/json");
    }
}
