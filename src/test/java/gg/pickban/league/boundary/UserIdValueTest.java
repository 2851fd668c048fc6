package gg.pickban.league.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdValueTest {

    private static JsonValue value(String json) {
        return Json.createReader(new StringReader("{\"v\": " + json + "}")).readObject().get("v");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"42|42", "`42`|42", "` +42 `|42", "4.2e1|42", "42.000|42", "`0000000000000000000000000042`|42",
            "-7|-7"})
    void integersAndIntegerStrings(String json, long expected) {
        assertEquals(BigInteger.valueOf(expected), UserIdValue.integer(value(json.replace('`', '"'))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+400", "123456789012345678901234567890", "\"123456789012345678901234567890\""})
    void integersBeyondAnyPkAreNotExpanded(String json) {
        BigInteger read = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> UserIdValue.integer(value(json)));
        assertEquals(UserIdValue.BEYOND_ANY_PK, read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1e999999999", "\"-123456789012345678901234567890\""})
    void negativeOnesToo(String json) {
        assertEquals(UserIdValue.BEYOND_ANY_PK.negate(), UserIdValue.integer(value(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.5", "1e-999999999", "\"4.0\"", "\"abc\"", "true", "[1]"})
    void fractionsAndOtherValuesAreNoInteger(String json) {
        assertNull(UserIdValue.integer(value(json)));
    }
}
