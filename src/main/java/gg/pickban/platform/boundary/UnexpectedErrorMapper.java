package gg.pickban.platform.boundary;

import gg.pickban.platform.control.DatabaseOutage;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever no other mapper claimed. A write that lost a race against a concurrent one (an integrity
 * constraint or an optimistic lock, caught at commit) is the client's retry, not a server fault:
 * 409. The database being away (down, restarting, unreachable, no connection to be had) is not a
 * fault of this server either: 503 with a Retry-After, one warning line, no stack trace. Everything
 * else is a real fault: logged here, never echoed (docs/api.md §3, docs/decisions.md D2).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    /** A hint: once the database is back, the pool serves again within moments. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(Throwable exception) {
        if (lostARace(exception)) {
            LOG.log(Level.INFO, "Concurrent write refused", exception);
            return ErrorBody.detail(409, "The data changed while this request was saving it. Please try again.");
        }
        if (DatabaseOutage.caused(exception)) {
            LOG.warning(() -> "Database unavailable: " + DatabaseOutage.reason(exception));
            return Response.fromResponse(ErrorBody.detail(503, "Service temporarily unavailable, try again later."))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "Unhandled error", exception);
        return ErrorBody.detail(500, "Internal server error.");
    }

    private static boolean lostARace(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
