package gg.pickban.steam.control;

import gg.pickban.steam.entity.GameLineup;
import gg.pickban.steam.entity.SteamMatch;
import gg.pickban.steam.entity.SuggestionTier;
import gg.pickban.tournament.entity.Game;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Candidate Steam matches for one game, with tiers (docs/rules.md §7.7): unlinked matches of the
 * tournament's Steam league, optionally narrowed by a search, scored in one aggregate query, sorted
 * (overlap, tier, newest) and only then cut to the best 50 (docs/decisions.md D40).
 */
@ApplicationScoped
public class MatchSuggestions {

    public static final int LIMIT = 50;

    /** One scored candidate. */
    public record Candidate(SteamMatch match, int overlap, SuggestionTier tier) {
    }

    /** The numbers a candidate is ranked by, before its match is loaded. */
    record Score(long matchId, long startTime, int overlap, SuggestionTier tier) {
    }

    static final Comparator<Score> RANKING = Comparator.comparingInt(Score::overlap).reversed()
            .thenComparing(Score::tier)
            .thenComparing(Comparator.comparingLong(Score::startTime).reversed())
            .thenComparing(Comparator.comparingLong(Score::matchId).reversed());

    @PersistenceContext
    EntityManager em;

    /** Empty when the game lacks a team or its tournament has no Steam league. */
    public List<Candidate> forGame(Game game, String search) {
        if (game.radiantTeam() == null || game.direTeam() == null || game.tournament() == null
                || game.tournament().steamLeagueId() == 0) {
            return List.of();
        }
        GameLineup lineup = GameLineup.of(game);
        String filter = searchFilter(search == null ? "" : search.trim());
        if (filter == null) {
            return List.of();
        }
        List<Score> best = scores(lineup, game.tournament().steamLeagueId(), filter).stream().sorted(RANKING).limit(LIMIT).toList();
        Map<Long, SteamMatch> matches = load(best.stream().map(Score::matchId).toList());
        return best.stream().map(s -> new Candidate(matches.get(s.matchId()), s.overlap(), s.tier())).toList();
    }

    private List<Score> scores(GameLineup lineup, int leagueId, String filter) {
        String sql = "SELECT m.match_id, m.start_time,"
                + " SUM(CASE WHEN " + in("p.steam_id", lineup.players()) + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN p.steam_id = " + orZero(lineup.radiantCaptain()) + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN p.steam_id = " + orZero(lineup.direCaptain()) + " THEN 1 ELSE 0 END)"
                + " FROM steam_match m LEFT JOIN steam_player_stats p ON p.match_id = m.match_id"
                + " WHERE m.league_id = " + leagueId + " AND NOT EXISTS (SELECT 1 FROM game g WHERE g.gameid = m.match_id)"
                + filter + " GROUP BY m.match_id, m.start_time";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        boolean captains = lineup.radiantCaptain() != null && lineup.direCaptain() != null;
        return rows.stream().map(row -> {
            int overlap = number(row[2]);
            boolean bothPlayed = captains && number(row[3]) > 0 && number(row[4]) > 0;
            return new Score(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), overlap,
                    SuggestionTier.of(overlap, bothPlayed));
        }).toList();
    }

    /**
     * Digits: matches whose id contains them. Text: matches with a player whose user's names contain
     * it (no such user: nothing, so null). Nothing: no filter.
     */
    private String searchFilter(String search) {
        if (search.isEmpty()) {
            return "";
        }
        if (search.chars().allMatch(Character::isDigit)) {
            return " AND CAST(m.match_id AS VARCHAR(20)) LIKE '%" + search + "%'";
        }
        String pattern = "%" + search.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> columns = List.of("username", "nickname", "discord_username", "discord_nickname", "guild_nickname");
        String anyName = IntStream.range(0, columns.size())
                .mapToObj(i -> "LOWER(u." + columns.get(i) + ") LIKE ?" + (i + 1) + " ESCAPE '\\'").collect(Collectors.joining(" OR "));
        Query query = em.createNativeQuery("SELECT u.steamid FROM users u WHERE u.steamid IS NOT NULL"
                + " AND u.steamid <> 0 AND (" + anyName + ")");
        for (int i = 1; i <= columns.size(); i++) {
            query.setParameter(i, pattern);
        }
        @SuppressWarnings("unchecked")
        List<Object> steamIds = query.getResultList();
        if (steamIds.isEmpty()) {
            return null;
        }
        return " AND m.match_id IN (SELECT q.match_id FROM steam_player_stats q WHERE "
                + in("q.steam_id", steamIds.stream().map(id -> ((Number) id).longValue()).toList()) + ")";
    }

    private Map<Long, SteamMatch> load(List<Long> matchIds) {
        if (matchIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m FROM SteamMatch m WHERE m.matchId IN :ids", SteamMatch.class).setParameter("ids", matchIds)
                .getResultStream().collect(Collectors.toMap(SteamMatch::matchId, Function.identity()));
    }

    /** Ids come from the database as numbers, so they are safe to write into the statement. */
    private static String in(String column, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return "1 = 0";
        }
        return column + " IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
