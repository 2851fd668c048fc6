package gg.pickban.platform.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.Set;

/** DRF's {@code BooleanField} coercion, with its exact lists of accepted spellings. */
final class BooleanCoercion {

    static final String INVALID = "Must be a valid boolean.";

    private static final Set<String> TRUE_TEXTS = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
            "on", "On", "ON", "1");
    private static final Set<String> FALSE_TEXTS = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE",
            "off", "Off", "OFF", "0");
    private static final Set<String> NULL_TEXTS = Set.of("null", "Null", "NULL", "");

    private BooleanCoercion() {
    }

    /** Returns null for DRF's null spellings when the field is nullable. */
    static Boolean bool(JsonValue value, boolean nullable) {
        switch (value.getValueType()) {
            case TRUE:
                return true;
            case FALSE:
                return false;
            case STRING:
                String text = ((JsonString) value).getString();
                if (TRUE_TEXTS.contains(text)) {
                    return true;
                }
                if (FALSE_TEXTS.contains(text)) {
                    return false;
                }
                if (nullable && NULL_TEXTS.contains(text)) {
                    return null;
                }
                break;
            case NUMBER:
                // Python's set lookup compares numerically, so 1.0 and 0.0 count as 1 and 0.
                JsonNumber number = (JsonNumber) value;
                if (isNumber(number, 1)) {
                    return true;
                }
                if (isNumber(number, 0)) {
                    return false;
                }
                break;
            default:
                break;
        }
        throw new Rejected(INVALID);
    }

    private static boolean isNumber(JsonNumber number, int expected) {
        return number.isIntegral()
                ? number.bigIntegerValue().equals(BigInteger.valueOf(expected))
                : number.doubleValue() == expected;
    }
}
