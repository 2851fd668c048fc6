package gg.pickban.identity.boundary;

import gg.pickban.identity.entity.User;

/** The Positions shape; its pk is the owning user's. */
public record PositionsJson(long pk, int carry, int mid, int offlane, int softSupport, int hardSupport) {

    public static PositionsJson of(User user) {
        var p = user.positions();
        return new PositionsJson(user.id(), p.carry(), p.mid(), p.offlane(), p.softSupport(), p.hardSupport());
    }
}
