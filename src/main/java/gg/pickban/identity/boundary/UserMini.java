package gg.pickban.identity.boundary;

import gg.pickban.identity.entity.User;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

/** Every nested user: members, captains, admins, owners, event actors, search results. */
public record UserMini(
        long pk,
        String username,
        String nickname,
        String avatar,
        @JsonbProperty("discordId") @JsonbNillable String discordId,
        PositionsJson positions,
        Long steamid,
        Long steamAccountId,
        @JsonbProperty("avatarUrl") @JsonbNillable String avatarUrl,
        Integer mmr) {

    public static UserMini of(User user) {
        return new UserMini(user.id(), user.username(), user.nickname(), user.avatar(), user.discordId(),
                PositionsJson.of(user), user.steamid(), user.steamAccountId(), user.avatarUrl(), user.mmr());
    }
}
