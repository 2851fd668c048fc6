package gg.pickban.league.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts the organization and league shapes carry, always read fresh from the tables they
 * count (docs/decisions.md D10). Tournaments belong to another component; only their table's league column is read.
 */
@ApplicationScoped
public class LeagueCounts {

    @PersistenceContext
    EntityManager em;

    /** {@code league_count}: leagues linked to the organization. */
    public long leaguesOf(long organizationId) {
        return count("SELECT COUNT(*) FROM league_organizations WHERE organization_id = ?1", organizationId);
    }

    /** {@code tournament_count} of an organization: distinct tournaments whose league is linked to it. */
    public long tournamentsOfOrganization(long organizationId) {
        return count("SELECT COUNT(DISTINCT t.id) FROM tournament t"
                + " JOIN league_organizations lo ON lo.league_id = t.league_id WHERE lo.organization_id = ?1", organizationId);
    }

    /** {@code tournament_count} of a league. */
    public long tournamentsOf(long leagueId) {
        return count("SELECT COUNT(*) FROM tournament WHERE league_id = ?1", leagueId);
    }

    /** Organization pk → linked leagues, for lists; organizations without leagues are absent. */
    public Map<Long, Long> leaguesPerOrganization() {
        return grouped("SELECT organization_id, COUNT(*) FROM league_organizations GROUP BY organization_id");
    }

    /** League pk → tournaments, for lists; leagues without tournaments are absent. */
    public Map<Long, Long> tournamentsPerLeague() {
        return grouped("SELECT league_id, COUNT(*) FROM tournament WHERE league_id IS NOT NULL GROUP BY league_id");
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private Map<Long, Long> grouped(String sql) {
        Map<Long, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
