package gg.pickban.league.entity;

import gg.pickban.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audited change of an organization's or a league's admins, staff or owner. Written once, never changed, never exposed.
 */
@Entity
@Table(name = "admin_log")
public class AdminLogEntry {

    @Id
    @SequenceGenerator(name = "admin_log_seq", sequenceName = "admin_log_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_log_seq")
    private Long id;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "league_id")
    private Long leagueId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_user_id")
    private Long targetUserId;

    @Column(nullable = false)
    private String details;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AdminLogEntry() {
    }

    private AdminLogEntry(Long organizationId, Long leagueId, User actor, AdminAction action, User target, Instant now) {
        this.organizationId = organizationId;
        this.leagueId = leagueId;
        this.actorId = actor.id();
        this.action = action.code();
        this.targetUserId = target.id();
        this.details = action.code() + " " + target.username() + " by " + actor.username();
        this.createdAt = now;
    }

    public static AdminLogEntry of(Organization organization, User actor, AdminAction action, User target, Instant now) {
        return new AdminLogEntry(organization.id(), null, actor, action, target, now);
    }

    public static AdminLogEntry of(League league, User actor, AdminAction action, User target, Instant now) {
        return new AdminLogEntry(null, league.id(), actor, action, target, now);
    }
}
