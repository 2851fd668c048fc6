package gg.pickban.identity.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;

/**
 * Who sent this request, as the session cookie says (set by {@link SessionAuthentication}). The
 * site-wide predicates of docs/rules.md §2.2 live here; scoped ones with the objects that hold them.
 */
@RequestScoped
public class Caller {

    public static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";
    public static final String NO_PERMISSION = "You do not have permission to perform this action.";

    private User user;
    private String sessionKey;

    void authenticate(User user, String sessionKey) {
        this.user = user;
        this.sessionKey = sessionKey;
    }

    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    public Optional<String> sessionKey() {
        return Optional.ofNullable(sessionKey);
    }

    public boolean isAuthenticated() {
        return user != null;
    }

    /** Staff in the sense of docs/decisions.md D3: {@code is_staff} or {@code is_superuser}. */
    public boolean isStaff() {
        return user != null && (user.isStaff() || user.isSuperuser());
    }

    public boolean isSuperuser() {
        return user != null && user.isSuperuser();
    }

    /** Anonymous callers get 403, never 401 (docs/api.md §3). */
    public User require() {
        if (user == null) {
            throw new WebApplicationException(ErrorBody.detail(403, NOT_AUTHENTICATED));
        }
        return user;
    }

    public User requireStaff() {
        require();
        if (!isStaff()) {
            throw new WebApplicationException(ErrorBody.detail(403, NO_PERMISSION));
        }
        return user;
    }
}
