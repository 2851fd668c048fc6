package gg.pickban.herodraft.boundary;

import gg.pickban.herodraft.entity.HeroDraftRefused;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/**
 * {@code hero_id} of submit-pick (present and an integer, docs/rules.md §5.4): an integer or a string of one.
 * Integers too large for a long are no hero, so they answer "not available" rather than fail.
 */
final class HeroIdInput {

    static final String REQUIRED = "hero_id is required";
    static final String NOT_AN_INTEGER = "hero_id must be an integer";
    private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9]+");
    private static final long NO_HERO = -1;

    private HeroIdInput() {
    }

    static long read(JsonObject body) {
        JsonValue value = body.get("hero_id");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new HeroDraftRefused(REQUIRED);
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return NO_HERO;
            }
        }
        if (value instanceof JsonString text && DIGITS.matcher(text.getString().strip()).matches()) {
            try {
                return Long.parseLong(text.getString().strip());
            } catch (NumberFormatException tooLarge) {
                return NO_HERO;
            }
        }
        throw new HeroDraftRefused(NOT_AN_INTEGER);
    }
}
