package gg.pickban.identity.boundary;

import gg.pickban.identity.control.ActiveDraft;
import gg.pickban.identity.entity.User;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;

/** The user as the user endpoints, current_user and profile_update return it. */
public record UserFull(
        long pk,
        String username,
        String nickname,
        boolean isStaff,
        boolean isActive,
        boolean isSuperuser,
        String avatar,
        @JsonbProperty("discordId") @JsonbNillable String discordId,
        Long steamid,
        Long steamAccountId,
        Integer mmr,
        @JsonbProperty("avatarUrl") @JsonbNillable String avatarUrl,
        String email,
        Instant dateJoined,
        PositionsJson positions,
        Long defaultOrganization,
        @JsonbNillable(false) List<ActiveDraft> activeDrafts) {

    public static UserFull of(User user) {
        return new UserFull(user.id(), user.username(), user.nickname(), user.isStaff(), user.isActive(),
                user.isSuperuser(), user.avatar(), user.discordId(), user.steamid(), user.steamAccountId(), user.mmr(),
                user.avatarUrl(), user.email(), user.dateJoined(), PositionsJson.of(user),
                user.defaultOrganizationId(), null);
    }

    /** Only {@code current_user} carries {@code active_drafts}. */
    public UserFull withActiveDrafts(List<ActiveDraft> drafts) {
        return new UserFull(pk, username, nickname, isStaff, isActive, isSuperuser, avatar, discordId, steamid,
                steamAccountId, mmr, avatarUrl, email, dateJoined, positions, defaultOrganization, List.copyOf(drafts));
    }
}
