package gg.pickban.tournament.boundary;

import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.Jsonp;

/** Integer query filters ({@code ?league=3}): blank means no filter, anything else non-integer is a 400 under its name. */
final class QueryFilters {

    private QueryFilters() {
    }

    static Long pk(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Input in = Input.of(Jsonp.createObjectBuilder().add(name, value).build());
        Long pk = in.longInteger(name);
        in.validate();
        return pk;
    }
}
