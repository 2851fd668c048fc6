package gg.pickban.platform.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How Python sees a JSON value once {@code json.loads} has read it: its type name, its
 * {@code str()} and {@code repr()}, and its idea of whitespace. DRF builds its error texts and
 * some of its coercions from these, so we must render them the same way.
 */
public final class PythonText {

    private PythonText() {
    }

    public static String typeName(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "list";
            case OBJECT -> "dict";
            case STRING -> "str";
            case NUMBER -> ((JsonNumber) value).isIntegral() ? "int" : "float";
            case TRUE, FALSE -> "bool";
            case NULL -> "NoneType";
        };
    }

    static String str(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString() : repr(value);
    }

    static String repr(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> quoted(((JsonString) value).getString());
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> "True";
            case FALSE -> "False";
            case NULL -> "None";
            case ARRAY -> value.asJsonArray().stream().map(PythonText::repr).collect(Collectors.joining(", ", "[", "]"));
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .map((Map.Entry<String, JsonValue> e) -> quoted(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        };
    }

    /** A JSON number with a fraction or exponent is a Python float, printed the way {@code repr(float)} does. */
    static String number(JsonNumber number) {
        return number.isIntegral() ? number.bigIntegerValue().toString() : floatRepr(number.doubleValue());
    }

    static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = (value < 0 || (value == 0 && 1 / value < 0)) ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int point = digits.length() - shortest.scale();
        return sign + (point > 16 || point < -3 ? scientific(digits, point) : positional(digits, point));
    }

    private static String positional(String digits, int point) {
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length()) + ".0";
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    private static String scientific(String digits, int point) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int exponent = point - 1;
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /** Python's {@code repr(str)}: single quotes unless the text holds one and no double quote. */
    static String quoted(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (isPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(escaped(c));
            }
        });
        return out.append(quote).toString();
    }

    private static String escaped(int c) {
        if (c <= 0xff) {
            return String.format("\\x%02x", c);
        }
        return c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's {@code str.strip()}, whose whitespace includes the no-break spaces Java leaves out. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }
}
