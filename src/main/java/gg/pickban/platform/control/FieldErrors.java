package gg.pickban.platform.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request fields that failed validation, as DRF's {@code {"field": ["message", ...]}} map (nested
 * maps for nested objects).
 */
public class FieldErrors extends RuntimeException {

    private final Map<String, Object> errors;

    public FieldErrors(Map<String, ?> errors) {
        super("Invalid fields: " + errors.keySet());
        this.errors = frozen(errors);
    }

    public static FieldErrors of(String field, String message) {
        return new FieldErrors(Map.of(field, List.of(message)));
    }

    /** Unmodifiable and in insertion order; values are lists of messages or nested maps of the same kind. */
    public Map<String, Object> errors() {
        return errors;
    }

    private static Map<String, Object> frozen(Map<String, ?> errors) {
        Map<String, Object> copy = new LinkedHashMap<>();
        errors.forEach((field, value) -> copy.put(field, value instanceof Map<?, ?> nested
                ? frozen(stringKeys(nested))
                : List.copyOf((List<?>) value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, ?> stringKeys(Map<?, ?> nested) {
        Map<String, Object> keyed = new LinkedHashMap<>();
        nested.forEach((key, value) -> keyed.put(String.valueOf(key), value));
        return keyed;
    }
}
