package gg.pickban.discord.boundary;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** JSON text to a value, for comparing shapes without caring about spacing or key order. */
final class DiscordJson {

    private DiscordJson() {
    }

    static JsonValue parse(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
