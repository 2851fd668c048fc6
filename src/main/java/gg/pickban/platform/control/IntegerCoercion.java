package gg.pickban.platform.control;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * DRF's {@code IntegerField} and {@code PrimaryKeyRelatedField} coercion: Python's {@code int()} of
 * the value's text after dropping a zero-only decimal tail, so {@code "42.000"} and {@code 42.0}
 * count but {@code 42.5} does not.
 */
final class IntegerCoercion {

    static final String INVALID = "A valid integer is required.";

    /** DRF refuses longer strings before parsing them, as a guard against huge inputs. */
    private static final int MAX_STRING_LENGTH = 1000;
    private static final Pattern DECIMAL_TAIL = Pattern.compile("\\.0*\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PYTHON_INT = Pattern.compile("[+-]?\\d+(?:_\\d+)*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private IntegerCoercion() {
    }

    static BigInteger integer(JsonValue value, long min, long max) {
        BigInteger number = parse(value);
        if (number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Rejected("Ensure this value is less than or equal to " + max + ".");
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new Rejected("Ensure this value is greater than or equal to " + min + ".");
        }
        return number;
    }

    /** A related row's key; one beyond 64 bits cannot name a row, so it is reported as missing. */
    static long pk(JsonValue value) {
        BigInteger number;
        try {
            number = parse(value);
        } catch (Rejected wrongType) {
            throw new Rejected("Incorrect type. Expected pk value, received " + PythonText.typeName(value) + ".");
        }
        if (number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0) {
            throw new Rejected(doesNotExist(PythonText.str(value)));
        }
        return number.longValueExact();
    }

    static String doesNotExist(String pk) {
        return "Invalid pk \"" + pk + "\" - object does not exist.";
    }

    private static BigInteger parse(JsonValue value) {
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> PythonText.str(value);
            default -> throw new Rejected(INVALID);
        };
        if (text.codePointCount(0, text.length()) > MAX_STRING_LENGTH) {
            throw new Rejected("String value too large.");
        }
        String digits = PythonText.strip(DECIMAL_TAIL.matcher(text).replaceFirst(""));
        if (!PYTHON_INT.matcher(digits).matches()) {
            throw new Rejected(INVALID);
        }
        try {
            return new BigInteger(digits.replace("_", ""));
        } catch (NumberFormatException digitsOutsideTheBasicPlane) {
            throw new Rejected(INVALID);
        }
    }
}
