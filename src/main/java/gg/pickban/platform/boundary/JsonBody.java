package gg.pickban.platform.boundary;

import jakarta.json.JsonObject;

/**
 * A request body as the contract accepts it: a JSON object (an empty body counts as {@code {}},
 * form fields become string members). Endpoints coerce its members DRF-style.
 */
public record JsonBody(JsonObject json) {
}
