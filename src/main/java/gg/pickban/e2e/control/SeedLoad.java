package gg.pickban.e2e.control;

import gg.pickban.e2e.control.UserSeed.RealPlayer;
import gg.pickban.platform.control.SeedRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Each component's part of the seed, in the order that gives the contract's primary keys (docs/e2e-seed.md §3). */
@ApplicationScoped
public class SeedLoad {

    @Inject
    UserSeed users;

    @Inject
    LeagueSeed leagues;

    @Inject
    TournamentSeed tournaments;

    @Inject
    DraftSeed drafts;

    @Inject
    HeroDraftSeed heroDrafts;

    @Inject
    MatchSeed matches;

    @Transactional
    public void load(SeedRun run) {
        users.seed(run);
        leagues.seed(run);
        tournaments.seed(run, UserSeed.REAL_PLAYERS.stream().map(RealPlayer::username).toList());
        drafts.seed(run);
        heroDrafts.seed(run);
        matches.seed(run);
    }
}
