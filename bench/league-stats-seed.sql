-- Seed for bench/league-stats.sh: one Steam league (17929) with 10,000 matches of 10 linked players
-- each = 100,000 player-match rows, played by 2,000 users with Steam ids and MMRs. Deterministic.
INSERT INTO users (id, username, steamid, steam_account_id, mmr, date_joined)
SELECT nextval('users_seq'), 'bench_' || g, 76561197960265728 + 1000000 + g, 1000000 + g, 2000 + (g * 37) % 4000, now()
FROM generate_series(1, 2000) g;

INSERT INTO steam_match (match_id, radiant_win, duration, start_time, game_mode, lobby_type, league_id)
SELECT 8000000000 + g, (g % 3) <> 0, 1800 + g % 1800, 1767225600 + g * 600, 2, 1, 17929
FROM generate_series(1, 10000) g;

-- ten distinct users per match: user index 1 + (10 m + 7 s) mod 2000 for slots s = 0..9
INSERT INTO steam_player_stats (id, match_id, steam_id, user_id, player_slot, hero_id, kills, deaths, assists,
                                gold_per_min, xp_per_min, last_hits, denies, hero_damage, tower_damage, hero_healing)
SELECT nextval('steam_player_stats_seq'), 8000000000 + m, 76561197960265728 + 1000000 + u, NULL,
       CASE WHEN s < 5 THEN s ELSE 123 + s END, 1 + (m + s) % 120, (m * 7 + s) % 20, 1 + (m + s * 3) % 12,
       (m * 3 + s) % 25, 300 + (m * 11 + s * 13) % 400, 350 + (m * 5 + s) % 450, (m + s) % 300, s, 10000, 1000, 0
FROM generate_series(1, 10000) m
CROSS JOIN generate_series(0, 9) s
CROSS JOIN LATERAL (SELECT 1 + (m * 10 + s * 7) % 2000 AS u) pick;

UPDATE steam_player_stats p SET user_id = u.id FROM users u WHERE u.steamid = p.steam_id;

ANALYZE;
