package gg.pickban.identity.control;

import gg.pickban.identity.entity.Positions;
import gg.pickban.platform.control.Input;

/**
 * A nested Positions object from a request: all five keys required except in a
 * PATCH, where only the given ones change; values are not range-checked.
 */
public record PositionsInput(Integer carry, Integer mid, Integer offlane, Integer softSupport, Integer hardSupport) {

    public static PositionsInput read(Input positions) {
        if (positions == null) {
            return null;
        }
        return new PositionsInput(
                positions.field("carry").required().integer(),
                positions.field("mid").required().integer(),
                positions.field("offlane").required().integer(),
                positions.field("soft_support").required().integer(),
                positions.field("hard_support").required().integer());
    }

    public void applyTo(Positions target) {
        target.set(
                carry != null ? carry : target.carry(),
                mid != null ? mid : target.mid(),
                offlane != null ? offlane : target.offlane(),
                softSupport != null ? softSupport : target.softSupport(),
                hardSupport != null ? hardSupport : target.hardSupport());
    }
}
