package gg.pickban.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Empties the database for a reseed (docs/e2e-seed.md, docs/decisions.md D52): every table but Flyway's history loses
 * its rows and every sequence starts again at 1, so the next objects get the same primary keys on
 * every run. Works from the database's own catalogue, so a table added by a later migration is wiped
 * too: nullable foreign keys are cleared first, which leaves the required ones without cycles, and
 * tables are then emptied children first. Plain DELETE and ALTER SEQUENCE, the same on H2 and PostgreSQL.
 */
@ApplicationScoped
public class DataWipe {

    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    @Inject
    DataSources dataSources;

    @Inject
    WriteTracker writes;

    /** In a transaction of its own: H2 commits at ALTER SEQUENCE, so nothing else may share it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void wipe() {
        writes.written();
        try (Connection connection = dataSources.get().getConnection(); Statement statement = connection.createStatement()) {
            DatabaseMetaData catalogue = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> tables = tables(catalogue, schema);
            Map<String, Set<String>> requiredParents = new HashMap<>();
            for (String table : tables) {
                requiredParents.put(table, new HashSet<>());
                Set<String> nullable = nullableColumns(catalogue, schema, table);
                try (ResultSet keys = catalogue.getImportedKeys(null, schema, table)) {
                    while (keys.next()) {
                        String column = keys.getString("FKCOLUMN_NAME");
                        String parent = keys.getString("PKTABLE_NAME");
                        if (nullable.contains(column)) {
                            statement.executeUpdate("UPDATE " + table + " SET " + column + " = NULL WHERE " + column + " IS NOT NULL");
                        } else if (!parent.equals(table)) {
                            requiredParents.get(table).add(parent);
                        }
                    }
                }
            }
            for (String table : childrenFirst(tables, requiredParents)) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            for (String sequence : sequences(connection, schema)) {
                statement.executeUpdate("ALTER SEQUENCE " + sequence + " RESTART WITH 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("wiping the database failed", e);
        }
    }

    private static List<String> tables(DatabaseMetaData catalogue, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = catalogue.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static Set<String> nullableColumns(DatabaseMetaData catalogue, String schema, String table) throws SQLException {
        Set<String> nullable = new HashSet<>();
        try (ResultSet columns = catalogue.getColumns(null, schema, table, "%")) {
            while (columns.next()) {
                if (columns.getInt("NULLABLE") == DatabaseMetaData.columnNullable) {
                    nullable.add(columns.getString("COLUMN_NAME"));
                }
            }
        }
        return nullable;
    }

    /** A table comes after every table that requires a row of it. */
    static List<String> childrenFirst(List<String> tables, Map<String, Set<String>> requiredParents) {
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (String table : tables) {
                boolean noChildLeft = tables.stream().filter(t -> !ordered.contains(t) && !t.equals(table))
                        .noneMatch(child -> requiredParents.get(child).contains(table));
                if (!ordered.contains(table) && noChildLeft) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("required foreign keys form a cycle among " + tables);
            }
        }
        return new ArrayList<>(ordered);
    }

    private static List<String> sequences(Connection connection, String schema) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (var query = connection.prepareStatement(
                "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getString(1));
                }
            }
        }
        return sequences;
    }
}
