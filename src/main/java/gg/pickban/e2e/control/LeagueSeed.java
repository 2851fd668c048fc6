package gg.pickban.e2e.control;

import gg.pickban.league.entity.League;
import gg.pickban.league.entity.LeagueProfile;
import gg.pickban.league.entity.Organization;
import gg.pickban.league.entity.OrganizationProfile;
import gg.pickban.league.entity.RichText;
import gg.pickban.platform.control.SeedRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The two organizations and their leagues of the end-to-end seed (docs/e2e-seed.md §3). */
@ApplicationScoped
public class LeagueSeed {

    public static final long DTX_LEAGUE = 1;
    public static final long TEST_LEAGUE = 2;

    private static final String TIMEZONE = "America/New_York";

    @PersistenceContext
    EntityManager em;

    public void seed(SeedRun run) {
        Organization dtx = organization(run, "DTX", "DTX - A Dota 2 amateur tournament organization.",
                "Standard DTX tournament rules apply.");
        Organization test = organization(run, "Test Organization", "Test organization for end-to-end tests.",
                "Test rules template.");
        League dtxLeague = league(run, dtx, 17929, "DTX League", "Main DTX League for in-house tournaments.",
                "Standard DTX tournament rules apply.");
        League testLeague = league(run, test, 17930, "Test League", "Test league for end-to-end tests.", "Test rules.");
        dtx.chooseDefaultLeague(dtxLeague);
        test.chooseDefaultLeague(testLeague);
        em.flush();
    }

    private Organization organization(SeedRun run, String name, String description, String rules) {
        Organization organization = new Organization(new OrganizationProfile(name, RichText.sanitised(description), "",
                "", null, RichText.sanitised(rules), TIMEZONE), run.now());
        em.persist(organization);
        return organization;
    }

    private League league(SeedRun run, Organization organization, int steamLeagueId, String name, String description,
            String rules) {
        League league = new League(new LeagueProfile(steamLeagueId, name, RichText.sanitised(description),
                RichText.sanitised(rules), "", TIMEZONE, null), run.now());
        league.linkOrganizations(List.of(organization));
        em.persist(league);
        return league;
    }
}
