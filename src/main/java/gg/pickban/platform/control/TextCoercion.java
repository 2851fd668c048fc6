package gg.pickban.platform.control;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DRF's {@code CharField} coercion and the validators every {@code CharField} carries. Numbers are
 * accepted as their Python text; booleans are not, since {@code true} versus {@code True} is
 * ambiguous.
 */
final class TextCoercion {

    static final String INVALID = "Not a valid string.";
    static final String BLANK = "This field may not be blank.";

    private TextCoercion() {
    }

    /** Whether DRF would treat the value as blank (judged after trimming), before any other check. */
    static boolean isBlank(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.STRING
                && PythonText.strip(((JsonString) value).getString()).isEmpty();
    }

    static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> PythonText.strip(((JsonString) value).getString());
            case NUMBER -> PythonText.str(value);
            default -> throw new Rejected(INVALID);
        };
    }

    /** All of the validators' complaints, in DRF's order; DRF reports every failing validator at once. */
    static List<String> problems(String text, Integer maxLength) {
        List<String> problems = new ArrayList<>();
        if (maxLength != null && text.codePointCount(0, text.length()) > maxLength) {
            problems.add("Ensure this field has no more than " + maxLength + " characters.");
        }
        if (text.indexOf('\0') >= 0) {
            problems.add("Null characters are not allowed.");
        }
        text.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE).findFirst()
                .ifPresent(c -> problems.add(
                        "Surrogate characters are not allowed: U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + "."));
        return problems;
    }
}
