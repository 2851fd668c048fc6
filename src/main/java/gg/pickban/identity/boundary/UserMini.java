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

    /**
     * By pk alone. JSON-B (Yasson) puts every object it writes into a hash set while it writes its
     * children (its check against cycles), and a record's generated hashCode walks the whole subtree:
     * a draft's or a tournament's answer hashed its users, teams and rounds over and over (~8 % of a pick's
     * CPU). Equality stays field by field, so equal records still have equal hash codes.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    public static UserMini of(User user) {
        return new UserMini(user.id(), user.username(), user.nickname(), user.avatar(), user.discordId(),
                PositionsJson.of(user), user.steamid(), user.steamAccountId(), user.avatarUrl(), user.mmr());
    }
}
