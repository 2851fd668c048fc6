package gg.pickban.platform.control;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One key of an {@link Input} with its constraints (by default optional, non-nullable, non-blank),
 * read as one kind of field.
 */
public final class InputField {

    static final String REQUIRED = "This field is required.";
    static final String NOT_NULL = "This field may not be null.";

    private final Input input;
    private final String key;
    private boolean required;
    private boolean nullable;
    private boolean allowBlank;
    private boolean nonEmpty;
    private Integer maxLength;
    private Long min;
    private Long max;

    InputField(Input input, String key) {
        this.input = input;
        this.key = key;
    }

    /** A missing key is an error (ignored by a partial Input). */
    public InputField required() {
        required = true;
        return this;
    }

    /** JSON null is accepted and read as null. */
    public InputField nullable() {
        nullable = true;
        return this;
    }

    /** For text, url, email and choice fields: {@code ""} (or only whitespace) is accepted and read as {@code ""}. */
    public InputField allowBlank() {
        allowBlank = true;
        return this;
    }

    /** For text, url and email fields: the limit in characters (code points, as Python counts them). */
    public InputField maxLength(int characters) {
        maxLength = characters;
        return this;
    }

    /** For integer fields: replaces the default lower bound. */
    public InputField min(long value) {
        min = value;
        return this;
    }

    /** For integer fields: replaces the default upper bound. */
    public InputField max(long value) {
        max = value;
        return this;
    }

    /** For pk lists: {@code []} is an error. */
    public InputField nonEmpty() {
        nonEmpty = true;
        return this;
    }

    /** Bounded by a 32-bit int unless {@link #min}/{@link #max} say otherwise, like Django's IntegerField. */
    public Integer integer() {
        long lower = min != null ? min : Integer.MIN_VALUE;
        long upper = max != null ? max : Integer.MAX_VALUE;
        if (lower < Integer.MIN_VALUE || upper > Integer.MAX_VALUE) {
            throw new IllegalStateException("Bounds of " + key + " exceed an int; read it with longInteger()");
        }
        return read(value -> IntegerCoercion.integer(value, lower, upper).intValueExact());
    }

    /** Bounded by a 64-bit long unless {@link #min}/{@link #max} say otherwise, like Django's BigIntegerField. */
    public Long longInteger() {
        long lower = min != null ? min : Long.MIN_VALUE;
        long upper = max != null ? max : Long.MAX_VALUE;
        return read(value -> IntegerCoercion.integer(value, lower, upper).longValueExact());
    }

    public Boolean bool() {
        return read(value -> BooleanCoercion.bool(value, nullable));
    }

    public String string() {
        return text(null, null);
    }

    /** An absolute http or https URL. */
    public String url() {
        return text(UrlValidator::isValid, UrlValidator.INVALID);
    }

    public String email() {
        return text(EmailValidator::isValid, EmailValidator.INVALID);
    }

    public Instant datetime() {
        return read(DatetimeCoercion::instant);
    }

    /** One of the allowed values exactly, compared as Python's {@code str()} of the value; no trimming. */
    public String choice(Collection<String> allowed) {
        return read(value -> {
            String text = PythonText.str(value);
            boolean blank = text.isEmpty() && value.getValueType() == JsonValue.ValueType.STRING;
            if (allowed.contains(text) || (allowBlank && blank)) {
                return text;
            }
            throw new Rejected("\"" + text + "\" is not a valid choice.");
        });
    }

    /** A related row's key; whether the row exists is the caller's check (see {@link Input#unknownPk}). */
    public Long pk() {
        return read(IntegerCoercion::pk);
    }

    /** Related rows' keys in the order given, duplicates kept; the first bad item is the field's only error, as in DRF. */
    public List<Long> pkList() {
        return read(value -> {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new Rejected("Expected a list of items but got type \"" + PythonText.typeName(value) + "\".");
            }
            if (nonEmpty && value.asJsonArray().isEmpty()) {
                throw new Rejected("This list may not be empty.");
            }
            List<Long> pks = new ArrayList<>();
            for (JsonValue item : value.asJsonArray()) {
                // Django looks up pk=None as "IS NULL", finds nothing and says so.
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    throw new Rejected(IntegerCoercion.doesNotExist("None"));
                }
                pks.add(IntegerCoercion.pk(item));
            }
            return List.copyOf(pks);
        });
    }

    /** 64-bit integers in the order given (DRF's {@code ListField(child=IntegerField())}); a bad item is the field's error. */
    public List<Long> longList() {
        return read(value -> {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new Rejected("Expected a list of items but got type \"" + PythonText.typeName(value) + "\".");
            }
            if (nonEmpty && value.asJsonArray().isEmpty()) {
                throw new Rejected("This list may not be empty.");
            }
            List<Long> numbers = new ArrayList<>();
            for (JsonValue item : value.asJsonArray()) {
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    throw new Rejected(NOT_NULL);
                }
                numbers.add(IntegerCoercion.integer(item, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact());
            }
            return List.copyOf(numbers);
        });
    }

    /** The nested object as an Input whose errors nest under this key; null when absent, null or not an object. */
    public Input object() {
        return read(value -> input.nested(key, value));
    }

    private String text(Predicate<String> syntax, String syntaxMessage) {
        return read(value -> {
            if (TextCoercion.isBlank(value)) {
                if (!allowBlank) {
                    throw new Rejected(TextCoercion.BLANK);
                }
                return "";
            }
            String text = TextCoercion.text(value);
            List<String> problems = TextCoercion.problems(text, maxLength);
            if (syntax != null && !syntax.test(text)) {
                problems.add(syntaxMessage);
            }
            if (!problems.isEmpty()) {
                throw new Rejected(problems);
            }
            return text;
        });
    }

    /** DRF's order: required, then null, then (in the coercion) blank, type and the validators. */
    private <T> T read(Function<JsonValue, T> coercion) {
        JsonValue value = input.json().get(key);
        if (value == null) {
            if (required && !input.isPartial()) {
                input.error(key, REQUIRED);
            }
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (!nullable) {
                input.error(key, NOT_NULL);
            }
            return null;
        }
        try {
            return coercion.apply(value);
        } catch (Rejected rejected) {
            rejected.messages().forEach(message -> input.error(key, message));
            return null;
        }
    }
}
