package gg.pickban.steam.boundary;

/** A {@code league_id} query parameter: anything that is not a plain int means the configured league. */
final class LeagueParam {

    private LeagueParam() {
    }

    static int orDefault(String value, int configured) {
        if (value == null || !value.trim().matches("-?[0-9]{1,10}")) {
            return configured;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException tooLarge) {
            return configured;
        }
    }
}
