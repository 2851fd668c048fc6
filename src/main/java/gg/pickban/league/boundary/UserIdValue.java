package gg.pickban.league.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * How the upstream views read {@code user_id}: a falsy value ({@code null}, {@code 0}, {@code ""},
 * {@code false}, empty list or object) is missing; otherwise it must be an integer or a string of
 * one. A string {@code "0"} is not falsy, so it reaches the user lookup (and is not found).
 */
final class UserIdValue {

    private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9]+");

    private UserIdValue() {
    }

    static boolean isMissing(JsonValue value) {
        if (value == null) {
            return true;
        }
        return switch (value.getValueType()) {
            case NULL, FALSE -> true;
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().signum() == 0;
            case STRING -> ((JsonString) value).getString().isEmpty();
            case ARRAY -> value.asJsonArray().isEmpty();
            case OBJECT -> value.asJsonObject().isEmpty();
            case TRUE -> false;
        };
    }

    /** The integer, or null when the value is not one (a fraction, a boolean, a word, a list…). */
    static BigInteger integer(JsonValue value) {
        if (value instanceof JsonNumber number) {
            BigDecimal decimal = number.bigDecimalValue();
            return decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigInteger() : null;
        }
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            return DIGITS.matcher(text).matches() ? new BigInteger(text) : null;
        }
        return null;
    }
}
