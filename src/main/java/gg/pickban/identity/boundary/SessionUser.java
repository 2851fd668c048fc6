package gg.pickban.identity.boundary;

import java.security.Principal;

/** The logged-in user behind a WebSocket, as {@code Session.getUserPrincipal()} shows it. */
public record SessionUser(long userId, String username) implements Principal {

    @Override
    public String getName() {
        return username;
    }
}
