package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyParserTest {

    private static String message(Runnable parse) {
        return assertThrows(MalformedBody.class, parse::run).getMessage();
    }

    @Test
    void nestingBeyondTheParsersDepthIsAParseErrorNotAFault() {
        assertEquals("JSON parse error - nested too deeply", message(() -> BodyParser.json("[".repeat(5000) + "]".repeat(5000))));
        assertEquals("JSON parse error - nested too deeply",
                message(() -> BodyParser.json("{\"a\":".repeat(3000) + "1" + "}".repeat(3000))));
        String deepButAllowed = "{\"a\":" + "[".repeat(900) + "]".repeat(900) + "}";
        assertEquals(Json.createArrayBuilder().build().getValueType(),
                BodyParser.json(deepButAllowed).getJsonArray("a").getValueType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0.1", "-1", "1e1"})
    void numberLiteralsLongerThanTheParserTakesAreAParseError(String start) {
        String literal = start + "1".repeat(2000);
        assertEquals("JSON parse error - number too long", message(() -> BodyParser.json("{\"league_id\": " + literal + "}")));
    }

    @Test
    void hugeExponentsAreReadAsTheNumbersTheyAre() {
        JsonObject read = BodyParser.json("{\"a\": 1e999999999, \"b\": -1E+999999999, \"c\": 1e-999999999}");
        assertEquals(3, read.size());
        assertEquals("float", PythonText.typeName(read.get("a")));
    }

    @Test
    void malformedJsonKeepsTheContractsPrefix() {
        assertTrue(message(() -> BodyParser.json("{\"a\": ")).startsWith("JSON parse error - "));
        assertTrue(message(() -> BodyParser.json("{\"a\": tru}")).startsWith("JSON parse error - "));
    }

    @Test
    void aValueThatIsNoObjectIsANonFieldError() {
        FieldErrors errors = assertThrows(FieldErrors.class, () -> BodyParser.json("[1, 2]"));
        assertEquals(Map.of("non_field_errors", List.of("Invalid data. Expected a dictionary, but got list.")), errors.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x=%zz", "x=%", "x=%4", "a=1&b=%G0", "%zz=1", "x=100%"})
    void aBadPercentEscapeInFormDataIsAParseError(String form) {
        assertEquals("Form data parse error - invalid percent-encoding", message(() -> BodyParser.form(form)));
    }

    @Test
    void formFieldsBecomeStringMembers() {
        assertEquals(Json.createObjectBuilder().add("a", "1").add("b", "é è").add("c", "").add("d", "%").build(),
                BodyParser.form("a=1&b=%C3%A9+%C3%A8&c&&d=%25"));
    }

    /** Whatever text arrives, parsing ends in an object or one of the two client errors, and soon. */
    @Test
    void randomTextNeverEscapesAsAnotherException() {
        Random random = new Random(42);
        String alphabet = "{}[]\":,0123456789.eE+-truefalsn \\u%&=\u0000\u00e9\ud800";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 20_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(60); n > 0; n--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String input = text.toString();
                for (Runnable parse : List.<Runnable>of(() -> BodyParser.json(input), () -> BodyParser.form(input))) {
                    try {
                        parse.run();
                    } catch (MalformedBody | FieldErrors expected) {
                        // a client error is what malformed text must end in
                    }
                }
            }
        });
    }
}
