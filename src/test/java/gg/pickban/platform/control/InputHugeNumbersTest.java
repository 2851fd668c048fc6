package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers at the edges of what the parser takes (huge exponents, 1,100-digit literals) go through
 * every coercion to an answer or DRF's message, quickly: never an exception, never a billion digits.
 */
class InputHugeNumbersTest {

    private static final List<Function<Input, ?>> READINGS = List.of(
            in -> in.integer("v"), in -> in.longInteger("v"), in -> in.pk("v"), in -> in.bool("v"),
            in -> in.string("v"), in -> in.datetime("v"), in -> in.url("v"), in -> in.email("v"),
            in -> in.choice("v", Set.of("radiant", "dire")), in -> in.field("v").pkList(), in -> in.field("v").longList(),
            in -> in.field("v").min(1).max(10).integer(), in -> in.object("v"));

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1E+400", "1e-999999999", "9.99e99999", "123456789012345678901234567890",
            "'1e999999999'", "[1e999999999]", "[-1E+400, 1]", "0.000000000000000000000000001e27"})
    void everyCoercionAnswersHugeNumbersQuickly(String value) {
        // the parser takes literals of up to 1,100 characters
        String longest = "1".repeat(1097);
        for (String v : List.of(value, longest, "-" + longest, "0." + longest, "9e" + longest.substring(0, 9), "'" + longest + "'")) {
            for (Function<Input, ?> reading : READINGS) {
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> reading.apply(InputTest.input("{'v': " + v + "}")), v);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1E+400", "'1e999999999'", "1e400"})
    void aHugeExponentIsNoInteger(String value) {
        assertEquals(List.of("A valid integer is required."), InputTest.rejected(value, in -> in.integer("v")));
        assertEquals(List.of("Incorrect type. Expected pk value, received " + (value.startsWith("'") ? "str" : "float") + "."),
                InputTest.rejected(value, in -> in.pk("v")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "0.0e5"})
    void aTinyExponentIsZeroAsInPython(String value) {
        assertEquals(0, InputTest.read(value, in -> in.integer("v")));
        Input in = InputTest.input("{'v': " + value + "}");
        assertEquals(null, in.field("v").min(1).integer());
        assertEquals(Map.of("v", List.of("Ensure this value is greater than or equal to 1.")), in.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345678901234567890", "-123456789012345678901234567890"})
    void integersBeyond64BitsAreOutOfBounds(String value) {
        String bound = value.startsWith("-") ? "greater than or equal to -9223372036854775808" : "less than or equal to 9223372036854775807";
        assertEquals(List.of("Ensure this value is " + bound + "."), InputTest.rejected(value, in -> in.longInteger("v")));
    }
}
