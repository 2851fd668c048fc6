package gg.pickban.platform.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request body read the way Django REST Framework reads one: each reader coerces one key, notes
 * DRF's exact message under that key when the value is refused, and {@link #validate()} raises
 * them all together as {@link FieldErrors}.
 */
public final class Input {

    public static final String NON_FIELD_ERRORS = "non_field_errors";

    private final JsonObject json;
    private final boolean partial;
    /** Per key: the messages ({@code List<String>}) or the nested object's own Input. */
    private final Map<String, Object> errors = new LinkedHashMap<>();

    private Input(JsonObject json, boolean partial) {
        this.json = json;
        this.partial = partial;
    }

    public static Input of(JsonObject json) {
        return new Input(json, false);
    }

    /** For PATCH: like DRF's {@code partial=True}, missing required fields are not errors, here or nested. */
    public static Input partial(JsonObject json) {
        return new Input(json, true);
    }

    public JsonObject json() {
        return json;
    }

    public boolean has(String key) {
        return json.containsKey(key);
    }

    public boolean isNull(String key) {
        return has(key) && json.get(key).getValueType() == JsonValue.ValueType.NULL;
    }

    /**
     * The readers taking only a key read an optional, non-nullable, non-blank field; this states other
     * constraints, e.g. {@code in.field("name").required().maxLength(255).string()}.
     */
    public InputField field(String key) {
        return new InputField(this, key);
    }

    public Integer integer(String key) {
        return field(key).integer();
    }

    public Long longInteger(String key) {
        return field(key).longInteger();
    }

    public Boolean bool(String key) {
        return field(key).bool();
    }

    public String string(String key) {
        return field(key).string();
    }

    public Instant datetime(String key) {
        return field(key).datetime();
    }

    public Long pk(String key) {
        return field(key).pk();
    }

    public List<Long> pkList(String key) {
        return field(key).pkList();
    }

    public String choice(String key, Collection<String> allowed) {
        return field(key).choice(allowed);
    }

    public String url(String key) {
        return field(key).url();
    }

    public String email(String key) {
        return field(key).email();
    }

    public Input object(String key) {
        return field(key).object();
    }

    /** Adds a message under the key; on a nested object's key it becomes that object's non-field error, as in DRF. */
    public void error(String key, String message) {
        if (errors.get(key) instanceof Input nested) {
            nested.nonFieldError(message);
        } else {
            messages(key).add(message);
        }
    }

    public void nonFieldError(String message) {
        error(NON_FIELD_ERRORS, message);
    }

    /** DRF's text for a well-formed pk that names no row, which only the caller can find out. */
    public void unknownPk(String key, long pk) {
        error(key, IntegerCoercion.doesNotExist(Long.toString(pk)));
    }

    /** A snapshot in insertion order: lists of messages, or nested maps for nested objects that have errors. */
    public Map<String, Object> errors() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        errors.forEach((key, value) -> {
            if (value instanceof Input nested) {
                Map<String, Object> nestedErrors = nested.errors();
                if (!nestedErrors.isEmpty()) {
                    snapshot.put(key, nestedErrors);
                }
            } else {
                snapshot.put(key, List.copyOf((List<?>) value));
            }
        });
        return Collections.unmodifiableMap(snapshot);
    }

    public boolean isValid() {
        return errors().isEmpty();
    }

    public void validate() {
        Map<String, Object> found = errors();
        if (!found.isEmpty()) {
            throw new FieldErrors(found);
        }
    }

    boolean isPartial() {
        return partial;
    }

    /** The nested Input for a present, non-null value; null (with DRF's error) when the value is no object. */
    Input nested(String key, JsonValue value) {
        if (errors.get(key) instanceof Input existing) {
            return value.getValueType() == JsonValue.ValueType.OBJECT ? existing : null;
        }
        boolean isObject = value.getValueType() == JsonValue.ValueType.OBJECT;
        Input nested = new Input(isObject ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT, partial);
        Object earlier = errors.put(key, nested);
        if (earlier != null) {
            ((List<?>) earlier).forEach(message -> nested.nonFieldError((String) message));
        }
        if (!isObject) {
            nested.nonFieldError("Invalid data. Expected a dictionary, but got " + PythonText.typeName(value) + ".");
            return null;
        }
        return nested;
    }

    @SuppressWarnings("unchecked")
    private List<String> messages(String key) {
        return (List<String>) errors.computeIfAbsent(key, absent -> new ArrayList<String>());
    }
}
