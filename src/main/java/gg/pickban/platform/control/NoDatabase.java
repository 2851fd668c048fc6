package gg.pickban.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Stands in for the database when none is configured: every connection is refused as a connection
 * failure (SQLState 08001), so requests answer 503 like during an outage and nothing is written anywhere.
 */
final class NoDatabase implements DataSource {

    private final String reason;

    NoDatabase(String reason) {
        this.reason = reason;
    }

    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLNonTransientConnectionException(reason, "08001");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing is ever logged through it
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // refusing takes no time
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
