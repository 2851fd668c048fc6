package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SessionStore;
import gg.pickban.platform.boundary.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/logout} with any method (docs/api.md §4): ends the server-side session, expires the
 * session cookie and redirects to {@code /}. A logged-in POST is CSRF-checked like any other.
 */
@Tag(name = "identity")
@Path("logout")
@RequestScoped
public class LogoutResource {

    @Inject
    Caller caller;

    @Inject
    SessionStore sessions;

    @Inject
    TrustedProxies proxies;

    @Inject
    HttpServletRequest request;

    @Operation(summary = "Log out and redirect to /")
    @APIResponse(responseCode = "302", description = "Redirect to /; the session is ended and sessionid expired.")
    @POST
    public Response post() {
        return logout();
    }

    @Operation(summary = "Log out and redirect to /")
    @APIResponse(responseCode = "302", description = "Redirect to /; the session is ended and sessionid expired.")
    @GET
    public Response get() {
        return logout();
    }

    @Operation(summary = "Log out and redirect to /")
    @APIResponse(responseCode = "302", description = "Redirect to /; the session is ended and sessionid expired.")
    @PUT
    public Response put() {
        return logout();
    }

    @Operation(summary = "Log out and redirect to /")
    @APIResponse(responseCode = "302", description = "Redirect to /; the session is ended and sessionid expired.")
    @PATCH
    public Response patch() {
        return logout();
    }

    @Operation(summary = "Log out and redirect to /")
    @APIResponse(responseCode = "302", description = "Redirect to /; the session is ended and sessionid expired.")
    @DELETE
    public Response delete() {
        return logout();
    }

    private Response logout() {
        caller.sessionKey().ifPresent(sessions::close);
        return Response.status(302).location(URI.create("/")).header("Set-Cookie", LoginCookies.expireSession(proxies.httpsToBrowser(request))).build();
    }
}
