package gg.pickban.e2e.boundary;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.TestServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * An instance of its own on a PostgreSQL database of its own, started with {@code pickban.seed=e2e}:
 * reseeding wipes everything, so it must never touch the database the shared instances use. No
 * Redis, so its caches cannot mix with theirs either.
 */
final class SeedInstance implements AutoCloseable {

    final AppProcess app;
    final String jdbcUrl;

    private SeedInstance(AppProcess app, String jdbcUrl) {
        this.app = app;
        this.jdbcUrl = jdbcUrl;
    }

    static SeedInstance start() {
        String url = TestServices.jdbcUrl() + "_seed";
        recreate(url, true);
        Map<String, String> env = new java.util.LinkedHashMap<>(TestServices.productionEnv());
        env.remove("PICKBAN_REDIS_URL");
        env.put("PICKBAN_DB_URL", url);
        env.put("PICKBAN_SEED", "e2e");
        env.put("PICKBAN_JOBS_ENABLED", "false");
        return new SeedInstance(AppProcess.start("seed", env), url);
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    long count(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Override
    public void close() {
        app.close();
        recreate(jdbcUrl, false);
    }

    private static void recreate(String url, boolean create) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        String adminUrl = System.getProperty("it.pg.admin-url", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection admin = DriverManager.getConnection(adminUrl, "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            if (create) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + name, e);
        }
    }
}
