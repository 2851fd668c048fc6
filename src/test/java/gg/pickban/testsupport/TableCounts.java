package gg.pickban.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** The row count of every table of the test database: equal before and after = nothing was written. */
public final class TableCounts implements AutoCloseable {

    /**
     * Every table of the schema (the list read afresh each time) with its exact row count, in one statement:
     * {@code query_to_xml} runs the count of each table inside it.
     */
    private static final String COUNTS = "SELECT tablename, (xpath('/row/n/text()', query_to_xml("
            + "format('SELECT count(*) AS n FROM %I', tablename), false, true, '')))[1]::text::bigint"
            + " FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'";

    private final Connection db;

    private TableCounts(Connection db) {
        this.db = db;
    }

    /** One connection kept open for many counts, e.g. for a whole test class; close it at the end. */
    public static TableCounts open() {
        try {
            return new TableCounts(TestServices.database());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The counts now, on a connection of their own. */
    public static Map<String, Long> now() {
        try (TableCounts counts = open()) {
            return counts.count();
        }
    }

    /** The counts now, on this connection. */
    public Map<String, Long> count() {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(COUNTS)) {
            Map<String, Long> counts = new TreeMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
