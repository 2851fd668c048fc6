package gg.pickban.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;

/** One HTTP answer: status, headers, raw body and its JSON. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonValue json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    public JsonObject object() {
        return json().asJsonObject();
    }

    public JsonArray array() {
        return json().asJsonArray();
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> cookies() {
        return headers.allValues("Set-Cookie");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
