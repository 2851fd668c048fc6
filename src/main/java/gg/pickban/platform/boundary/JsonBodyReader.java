package gg.pickban.platform.boundary;

import gg.pickban.platform.control.BodyParser;
import gg.pickban.platform.control.FieldErrors;
import gg.pickban.platform.control.MalformedBody;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads every request body into a {@link JsonBody} (docs/api.md §2, request bodies): malformed JSON or form data
 * and non-object values become 400s in the contract's shapes, unknown media types 415. The stream
 * it reads is already bounded ({@link BoundedEntities}).
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
        try {
            if (mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    || mediaType.getSubtype().endsWith("+json")) {
                return new JsonBody(BodyParser.json(text));
            }
            if (mediaType.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
                return new JsonBody(BodyParser.form(text));
            }
        } catch (MalformedBody e) {
            throw new WebApplicationException(ErrorBody.detail(400, e.getMessage()));
        } catch (FieldErrors e) {
            throw new WebApplicationException(ErrorBody.fields(e.errors()));
        }
        throw new WebApplicationException(ErrorBody.unsupportedMediaType(mediaType.getType() + "/" + mediaType.getSubtype()));
    }
}
