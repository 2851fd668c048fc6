package gg.pickban.platform.boundary;

import gg.pickban.platform.control.Jsonp;
import gg.pickban.platform.control.PythonText;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads every request body into a {@link JsonBody} (conventions.md §3): malformed JSON and
 * non-object values become 400s in the contract's shapes, unknown media types 415.
 */
@Provider
public class JsonBodyReader implements MessageBodyReader<JsonBody> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonBody.class;
    }

    @Override
    public JsonBody readFrom(Class<JsonBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String text = new String(entityStream.readAllBytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new JsonBody(JsonValue.EMPTY_JSON_OBJECT);
        }
        if (mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || mediaType.getSubtype().endsWith("+json")) {
            return new JsonBody(parseObject(text));
        }
        if (mediaType.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return new JsonBody(parseForm(text));
        }
        throw new WebApplicationException(ErrorBody.unsupportedMediaType(mediaType.getType() + "/" + mediaType.getSubtype()));
    }

    private static JsonObject parseObject(String text) {
        JsonValue value;
        try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new WebApplicationException(ErrorBody.detail(400, "JSON parse error - " + e.getMessage()));
        } catch (JsonException e) {
            throw new WebApplicationException(ErrorBody.detail(400, "JSON parse error - invalid JSON"));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new WebApplicationException(ErrorBody.nonField(
                    "Invalid data. Expected a dictionary, but got " + PythonText.typeName(value) + "."));
        }
        return value.asJsonObject();
    }

    private static JsonObject parseForm(String text) {
        JsonObjectBuilder builder = Jsonp.createObjectBuilder();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String val = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            builder.add(key, val);
        }
        return builder.build();
    }
}
