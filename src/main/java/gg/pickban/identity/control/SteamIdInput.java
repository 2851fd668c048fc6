package gg.pickban.identity.control;

import gg.pickban.identity.entity.SteamIds;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * A Steam id as clients send it (docs/decisions.md D11): {@code null} or {@code ""} clears the
 * link; an integer or decimal string is an account id or a Steam64 id; anything else is invalid.
 */
public record SteamIdInput(boolean valid, Long steam64) {

    public static final String INVALID = "Invalid Steam ID format";

    public static SteamIdInput of(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return new SteamIdInput(true, null);
        }
        String text;
        if (value instanceof JsonString string) {
            text = string.getString().trim();
            if (text.isEmpty()) {
                return new SteamIdInput(true, null);
            }
        } else if (value instanceof JsonNumber number && number.isIntegral()) {
            text = number.bigIntegerValue().toString();
        } else {
            return new SteamIdInput(false, null);
        }
        Optional<Long> steam64 = SteamIds.parse(text);
        return new SteamIdInput(steam64.isPresent(), steam64.orElse(null));
    }
}
