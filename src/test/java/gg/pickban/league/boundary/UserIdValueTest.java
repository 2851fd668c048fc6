package gg.pickban.league.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the admin endpoints read {@code user_id}. */
class UserIdValueTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "0", "0.0", "\"\"", "false", "[]", "{}"})
    void falsyValuesAreMissing(String value) {
        assertTrue(UserIdValue.isMissing(json(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"0\"", "\" \"", "true", "[1]", "7", "1e999999999"})
    void otherValuesArePresent(String value) {
        assertFalse(UserIdValue.isMissing(json(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "42.0", "\"42\"", "\" 42 \"", "\"+42\"", "4.2e1", "\"0000000000000000000000000042\""})
    void integersAndNumericStringsAreRead(String value) {
        assertEquals(BigInteger.valueOf(42), UserIdValue.integer(json(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.5", "\"4.0\"", "\"abc\"", "\" \"", "true", "[1]", "{\"a\": 1}", "1e-999999999"})
    void anythingElseIsNoInteger(String value) {
        assertNull(UserIdValue.integer(json(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"0\"", "-3", "\"99999999999999999999999\""})
    void integersThatCanNameNoUserAreStillIntegers(String value) {
        assertTrue(UserIdValue.integer(json(value)) != null);
    }

    /** 1e999999999 would be a billion digits: anything past 20 digits is read as just "beyond every pk". */
    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+400", "123456789012345678901234567890", "\"123456789012345678901234567890\""})
    void integersBeyondAnyPkAreNotExpanded(String value) {
        BigInteger read = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> UserIdValue.integer(json(value)));
        assertEquals(UserIdValue.BEYOND_ANY_PK, read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1e999999999", "\"-123456789012345678901234567890\""})
    void negativeOnesToo(String value) {
        assertEquals(UserIdValue.BEYOND_ANY_PK.negate(), UserIdValue.integer(json(value)));
    }
}
