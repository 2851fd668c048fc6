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
    /** More digits than a 64-bit pk can have. */
    static final int DIGITS_BEYOND_ANY_PK = 20;
    static final BigInteger BEYOND_ANY_PK = BigInteger.TEN.pow(DIGITS_BEYOND_ANY_PK);

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

    /**
     * The integer, or null when the value is not one (a fraction, a boolean, a word, a list…). An
     * integer of more than {@link #DIGITS_BEYOND_ANY_PK} digits names no user whatever its value, so
     * it comes back as {@link #BEYOND_ANY_PK} (with its sign) rather than expanded: {@code 1e999999999}
     * would be a billion digits.
     */
    static BigInteger integer(JsonValue value) {
        if (value instanceof JsonNumber number) {
            BigDecimal decimal = number.bigDecimalValue().stripTrailingZeros();
            if (decimal.scale() > 0) {
                return null;
            }
            if (decimal.precision() - decimal.scale() > DIGITS_BEYOND_ANY_PK) {
                return decimal.signum() > 0 ? BEYOND_ANY_PK : BEYOND_ANY_PK.negate();
            }
            return decimal.toBigInteger();
        }
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            if (!DIGITS.matcher(text).matches()) {
                return null;
            }
            String significant = text.replaceFirst("^[+-]?0*", "");
            if (significant.length() > DIGITS_BEYOND_ANY_PK) {
                return text.charAt(0) == '-' ? BEYOND_ANY_PK.negate() : BEYOND_ANY_PK;
            }
            return new BigInteger(text);
        }
        return null;
    }
}
