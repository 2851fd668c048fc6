package gg.pickban.steam.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Benchmark main, run by bench/league-stats.sh (Maven profile bench-league-stats), not a test:
 * migrates a scratch PostgreSQL database, seeds it, and times the whole-league recompute.
 */
public final class LeagueStatsBenchmark {

    private static final int LEAGUE = 17929;

    private LeagueStatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.pg.url");
        String user = System.getProperty("bench.pg.user", "postgres");
        int runs = Integer.parseInt(System.getProperty("bench.runs", "5"));
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            long seedStart = System.nanoTime();
            try (Statement seed = db.createStatement()) {
                seed.execute(Files.readString(Path.of(System.getProperty("bench.seed"))));
            }
            System.out.printf(Locale.ROOT, "seeded %d player-match rows in %.1f s%n",
                    count(db, "SELECT COUNT(*) FROM steam_player_stats"), (System.nanoTime() - seedStart) / 1e9);
            db.setAutoCommit(false);
            List<Double> seconds = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                int rows = LeagueStatsSql.recompute(db, LEAGUE, 5, Instant.now());
                db.commit();
                double elapsed = (System.nanoTime() - start) / 1e9;
                seconds.add(elapsed);
                System.out.printf(Locale.ROOT, "run %d: recompute of %d stats rows in %.3f s%n", run, rows, elapsed);
            }
            Collections.sort(seconds);
            System.out.printf(Locale.ROOT, "league stats + league MMR recompute, 100k player-match rows: median %.3f s, best %.3f s"
                    + " (goal <= 2 s); users with a league MMR: %d%n", seconds.get(seconds.size() / 2), seconds.get(0),
                    count(db, "SELECT COUNT(*) FROM users WHERE league_mmr IS NOT NULL"));
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
