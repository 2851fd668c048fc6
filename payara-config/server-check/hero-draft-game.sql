-- Two captained teams of a new tournament and a game between them, written straight into the database as
-- the integration tests arrange it (src/test/java/gg/pickban/herodraft/HeroDraftArrange.java): the API has
-- no way to make these users. Prints: captain A, captain B, game.
WITH a AS (
    INSERT INTO users (id, username, mmr, date_joined, pos_carry, pos_mid, pos_offlane, pos_soft_support, pos_hard_support)
    VALUES (nextval('users_seq'), 'server-check-captain-a-' || txid_current(), 4000, now(), 1, 2, 3, 4, 5) RETURNING id
), b AS (
    INSERT INTO users (id, username, mmr, date_joined, pos_carry, pos_mid, pos_offlane, pos_soft_support, pos_hard_support)
    VALUES (nextval('users_seq'), 'server-check-captain-b-' || txid_current(), 3000, now(), 1, 2, 3, 4, 5) RETURNING id
), t AS (
    INSERT INTO tournament (id, name, date_played, league_id, steam_league_id)
    VALUES (nextval('tournament_seq'), 'server-check ' || txid_current(), now(), NULL, 17929) RETURNING id
), ta AS (
    INSERT INTO team (id, tournament_id, name, captain_id, deputy_captain_id)
    SELECT nextval('team_seq'), t.id, 'Alpha', a.id, NULL FROM t, a RETURNING id, captain_id
), tb AS (
    INSERT INTO team (id, tournament_id, name, captain_id, deputy_captain_id)
    SELECT nextval('team_seq'), t.id, 'Beta', b.id, NULL FROM t, b RETURNING id, captain_id
), members AS (
    INSERT INTO team_members (team_id, user_id) SELECT id, captain_id FROM ta UNION ALL SELECT id, captain_id FROM tb
), g AS (
    INSERT INTO game (id, tournament_id, league_id, radiant_team_id, dire_team_id, winning_team_id, gameid)
    SELECT nextval('game_seq'), t.id, NULL, ta.id, tb.id, NULL, NULL FROM t, ta, tb RETURNING id
)
SELECT a.id, b.id, g.id FROM a, b, g;
